// CSS modules in component tests: every class name is its own key (`classes.row` is "row").
export default new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : key) });
