/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    active\n    roles {\n      role\n      department {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    active\n    version\n    roles {\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminDepartments {\n    departments {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entityType\n          entityId\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ReferenceData {\n    departments {\n      id\n      code\n      name\n    }\n    goalAreas {\n      id\n      code\n      name\n    }\n    fundRounds {\n      id\n      code\n      name\n      year\n      budget\n      status\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  query InitiativeList($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          requestedAmount\n          status\n          updatedAt\n          department {\n            id\n            name\n          }\n          goalAreas {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InitiativeListDocument,
    "\n  fragment InitiativeDetailFields on Initiative {\n    id\n    title\n    description\n    requestedAmount\n    contactName\n    contactEmail\n    currentSituation\n    problem\n    desiredSituation\n    expectedEffects\n    risks\n    dependencies\n    coFinancing\n    plannedStart\n    plannedEnd\n    handlesPersonalData\n    confidentialityLevel\n    integrityLevel\n    availabilityLevel\n    dpiaStatus\n    missingMandatoryFields\n    status\n    version\n    updatedAt\n    anchoredAt\n    department {\n      id\n      name\n    }\n    fundRound {\n      id\n      name\n    }\n    goalAreas {\n      id\n      name\n    }\n    availableActions {\n      action\n      to\n      allowed\n      reasons\n    }\n    statusHistory {\n      status\n      enteredAt\n      leftAt\n      actorName\n      reason\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    history {\n      id\n      occurredAt\n      actorName\n      operation\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.InitiativeDetailFieldsFragmentDoc,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      ...InitiativeDetailFields\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  mutation TransitionInitiative($id: ID!, $version: Int!, $action: WorkflowAction!, $reason: String) {\n    transitionInitiative(id: $id, version: $version, action: $action, reason: $reason) {\n      ...InitiativeDetailFields\n    }\n  }\n": typeof types.TransitionInitiativeDocument,
    "\n  mutation AddComment($initiativeId: ID!, $text: String!) {\n    addComment(initiativeId: $initiativeId, text: $text) {\n      id\n      authorName\n      text\n      createdAt\n    }\n  }\n": typeof types.AddCommentDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    active\n    roles {\n      role\n      department {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    active\n    version\n    roles {\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminDepartments {\n    departments {\n      id\n      code\n      name\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entityType\n          entityId\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ReferenceData {\n    departments {\n      id\n      code\n      name\n    }\n    goalAreas {\n      id\n      code\n      name\n    }\n    fundRounds {\n      id\n      code\n      name\n      year\n      budget\n      status\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  query InitiativeList($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          requestedAmount\n          status\n          updatedAt\n          department {\n            id\n            name\n          }\n          goalAreas {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InitiativeListDocument,
    "\n  fragment InitiativeDetailFields on Initiative {\n    id\n    title\n    description\n    requestedAmount\n    contactName\n    contactEmail\n    currentSituation\n    problem\n    desiredSituation\n    expectedEffects\n    risks\n    dependencies\n    coFinancing\n    plannedStart\n    plannedEnd\n    handlesPersonalData\n    confidentialityLevel\n    integrityLevel\n    availabilityLevel\n    dpiaStatus\n    missingMandatoryFields\n    status\n    version\n    updatedAt\n    anchoredAt\n    department {\n      id\n      name\n    }\n    fundRound {\n      id\n      name\n    }\n    goalAreas {\n      id\n      name\n    }\n    availableActions {\n      action\n      to\n      allowed\n      reasons\n    }\n    statusHistory {\n      status\n      enteredAt\n      leftAt\n      actorName\n      reason\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    history {\n      id\n      occurredAt\n      actorName\n      operation\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.InitiativeDetailFieldsFragmentDoc,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n    }\n  }\n": types.InitiativeDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      ...InitiativeDetailFields\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  mutation TransitionInitiative($id: ID!, $version: Int!, $action: WorkflowAction!, $reason: String) {\n    transitionInitiative(id: $id, version: $version, action: $action, reason: $reason) {\n      ...InitiativeDetailFields\n    }\n  }\n": types.TransitionInitiativeDocument,
    "\n  mutation AddComment($initiativeId: ID!, $text: String!) {\n    addComment(initiativeId: $initiativeId, text: $text) {\n      id\n      authorName\n      text\n      createdAt\n    }\n  }\n": types.AddCommentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    active\n    roles {\n      role\n      department {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    active\n    roles {\n      role\n      department {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    active\n    version\n    roles {\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    active\n    version\n    roles {\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments {\n    departments {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments {\n    departments {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entityType\n          entityId\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entityType\n          entityId\n          operation\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    departments {\n      id\n      code\n      name\n    }\n    goalAreas {\n      id\n      code\n      name\n    }\n    fundRounds {\n      id\n      code\n      name\n      year\n      budget\n      status\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    departments {\n      id\n      code\n      name\n    }\n    goalAreas {\n      id\n      code\n      name\n    }\n    fundRounds {\n      id\n      code\n      name\n      year\n      budget\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeList($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          requestedAmount\n          status\n          updatedAt\n          department {\n            id\n            name\n          }\n          goalAreas {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeList($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          requestedAmount\n          status\n          updatedAt\n          department {\n            id\n            name\n          }\n          goalAreas {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeDetailFields on Initiative {\n    id\n    title\n    description\n    requestedAmount\n    contactName\n    contactEmail\n    currentSituation\n    problem\n    desiredSituation\n    expectedEffects\n    risks\n    dependencies\n    coFinancing\n    plannedStart\n    plannedEnd\n    handlesPersonalData\n    confidentialityLevel\n    integrityLevel\n    availabilityLevel\n    dpiaStatus\n    missingMandatoryFields\n    status\n    version\n    updatedAt\n    anchoredAt\n    department {\n      id\n      name\n    }\n    fundRound {\n      id\n      name\n    }\n    goalAreas {\n      id\n      name\n    }\n    availableActions {\n      action\n      to\n      allowed\n      reasons\n    }\n    statusHistory {\n      status\n      enteredAt\n      leftAt\n      actorName\n      reason\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    history {\n      id\n      occurredAt\n      actorName\n      operation\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeDetailFields on Initiative {\n    id\n    title\n    description\n    requestedAmount\n    contactName\n    contactEmail\n    currentSituation\n    problem\n    desiredSituation\n    expectedEffects\n    risks\n    dependencies\n    coFinancing\n    plannedStart\n    plannedEnd\n    handlesPersonalData\n    confidentialityLevel\n    integrityLevel\n    availabilityLevel\n    dpiaStatus\n    missingMandatoryFields\n    status\n    version\n    updatedAt\n    anchoredAt\n    department {\n      id\n      name\n    }\n    fundRound {\n      id\n      name\n    }\n    goalAreas {\n      id\n      name\n    }\n    availableActions {\n      action\n      to\n      allowed\n      reasons\n    }\n    statusHistory {\n      status\n      enteredAt\n      leftAt\n      actorName\n      reason\n    }\n    comments {\n      id\n      authorName\n      text\n      createdAt\n    }\n    history {\n      id\n      occurredAt\n      actorName\n      operation\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      ...InitiativeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      ...InitiativeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionInitiative($id: ID!, $version: Int!, $action: WorkflowAction!, $reason: String) {\n    transitionInitiative(id: $id, version: $version, action: $action, reason: $reason) {\n      ...InitiativeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionInitiative($id: ID!, $version: Int!, $action: WorkflowAction!, $reason: String) {\n    transitionInitiative(id: $id, version: $version, action: $action, reason: $reason) {\n      ...InitiativeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($initiativeId: ID!, $text: String!) {\n    addComment(initiativeId: $initiativeId, text: $text) {\n      id\n      authorName\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($initiativeId: ID!, $text: String!) {\n    addComment(initiativeId: $initiativeId, text: $text) {\n      id\n      authorName\n      text\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;