/** How a staff member is named everywhere: their display name, else (admin:create, the development admin) their email. */
export function staffName(member: { name: string; email: string }): string {
  return member.name.trim() || member.email;
}
