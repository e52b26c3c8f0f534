// Who may use this deployment, from ALLOWED_USERS: empty (the default) means its owner only, the
// first AllDebrid account that signs in; "*" opens it to every account; otherwise the listed
// usernames (compared without case).

export type AccessPolicy = { kind: "owner" } | { kind: "open" } | { kind: "listed"; usernames: string[] };

export function accessPolicy(allowedUsers: string | undefined): AccessPolicy {
  const value = (allowedUsers ?? "").trim();
  if (value === "") return { kind: "owner" };
  if (value === "*") return { kind: "open" };
  const usernames = value
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return usernames.length === 0 ? { kind: "owner" } : { kind: "listed", usernames };
}
