import { graphql } from '../gql';

/** Who is signed in: name, e-mail and the roles (with their department for applicant and department head). */
export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    active
    roles {
      role
      department {
        id
        code
        name
      }
    }
  }
`);

/** The signed-in user, or null (public: anonymous visitors get null, not an error). */
export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

/** Signs in; the API sets the HttpOnly session cookie. */
export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionUserFields
    }
  }
`);

/** Signs out: the API ends the session and clears the cookie. */
export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
