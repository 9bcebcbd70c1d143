/** How a staff member is named on the record page: accounts made by admin:create have no name. */
export function staffName(member: { name: string; email: string }): string {
  return member.name.trim() || member.email;
}
