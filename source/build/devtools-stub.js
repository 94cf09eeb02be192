// Stands in for react-devtools-core in the bundle; Ink only calls it when DEV=true.
export default {initialize() {}, connectToDevTools() {}};
