export { InitiativeListPage } from './lib/initiative-list-page';
export { CreateInitiativePage } from './lib/create-initiative-page';
export { EditInitiativePage } from './lib/edit-initiative-page';
