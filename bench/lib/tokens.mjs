// Demo-realm tokens through the psirf-cli password-grant client (exists only in the demo realm).
export async function passwordToken({ keycloakUrl, username, password }) {
  const response = await fetch(`${keycloakUrl}/realms/psirf/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'psirf-cli', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}
