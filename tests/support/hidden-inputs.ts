// A form as a browser without JavaScript sends it starts from its hidden inputs: React's
// action fields, our formToken and role. Shared by the end-to-end tests and the benchmark.

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&amp;": "&",
  "&#x27;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (text: string) => text.replace(/&(quot|amp|#x27|lt|gt);/g, (entity) => ENTITIES[entity]!);

/** Every hidden input of the page's first form, names and values decoded. */
export function hiddenInputs(html: string): [string, string][] {
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const attrs = Object.fromEntries([...tag.matchAll(/([\w$:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (attrs.type === "hidden" && attrs.name) fields.push([decode(attrs.name), decode(attrs.value ?? "")]);
  }
  return fields;
}
