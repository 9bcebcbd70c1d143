import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/app-auth";

// better-auth's endpoints: sign-in, two-factor, password links, sessions. Posting sign-in here,
// rather than calling auth.api from a server action, keeps its per-IP limiter in the path.
const handler = toNextJsHandler((request: Request) => getAuth().handler(request));

export const { GET, POST } = handler;
