// Stands in for Ink's devtools bridge, react-devtools-core and ws in the bundle: Ink imports them
// only when DEV=true, and then only for their side effects.
export default {initialize() {}, connectToDevTools() {}};
