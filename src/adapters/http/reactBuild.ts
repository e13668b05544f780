import { createElement } from "react";

/**
 * Which build of React renders the pages. React's development build freezes every element it creates
 * (and checks props on every render, several times slower); the production build does not.
 */
export function reactBuild(): "production" | "development" {
  return Object.isFrozen(createElement("i")) ? "development" : "production";
}
