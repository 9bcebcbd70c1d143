import * as z from "zod/mini";
import { email, EMAIL_MAX } from "../signup/fields";

// The one question of /volunteer/me, shared by the page (its input's limits) and the server.

export const LinkRequestSchema = z.object({ email });
export type LinkRequest = z.infer<typeof LinkRequestSchema>;

export const LINK_REQUEST_EMAIL_MAX = EMAIL_MAX;
