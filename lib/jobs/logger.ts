import { Logger, type LogFunctionFactory } from "graphile-worker";
import { maskEmails } from "../security/mask-emails";

// graphile-worker logs task errors with their message, which for SMTP can quote addresses.
// Personal data never goes to logs: email addresses are masked and debug output dropped.
const logFactory: LogFunctionFactory = (scope) => (level, message) => {
  if (level === "debug") return;
  const text = `[worker${scope.taskIdentifier ? ` ${scope.taskIdentifier}` : ""}] ${maskEmails(message)}`;
  if (level === "error") console.error(text);
  else if (level === "warning") console.warn(text);
};

export const quietLogger = new Logger(logFactory);
