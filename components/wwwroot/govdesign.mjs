// Starts govuk-frontend's JavaScript on every page that loads this module.
// Pages work without it: every component is usable with JavaScript off.
import { initAll } from './dist/govuk-frontend.min.js'

initAll()
