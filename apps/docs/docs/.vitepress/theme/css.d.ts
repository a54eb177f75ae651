// The theme imports its stylesheet for the side effect; VitePress's bundler handles the file.
declare module "*.css";
