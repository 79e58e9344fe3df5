/** Authentication (API keys, JWTs) and authorisation (roles) of the API. */
export { createAuthenticator, type Authenticate } from './authenticate';
export { hashApiKey } from './api-keys';
export { ANONYMOUS, hasRole, requireRole, ROLES, type AuthInfo, type Role } from './roles';
