// Renders every govuk-frontend fixture through the package's own Nunjucks macros, repeatedly, and
// prints one JSON line: {"fixtures":725,"fixturesPerSecond":...}. Usage: node render-fixtures.mjs [seconds]
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import nunjucks from 'nunjucks'

const seconds = Number(process.argv[2] ?? 5)
const frontend = dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json'))
const dist = join(frontend, 'dist')
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dist), { autoescape: true })

const macroName = (component) => 'govuk' + component.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('')

const cases = []
const componentsDir = join(dist, 'govuk', 'components')
for (const component of readdirSync(componentsDir).sort()) {
  const file = join(componentsDir, component, 'fixtures.json')
  if (!existsSync(file)) continue
  const macro = macroName(component)
  const template = nunjucks.compile(`{% from "govuk/components/${component}/macro.njk" import ${macro} %}{{ ${macro}(params) }}`, env)
  for (const fixture of JSON.parse(readFileSync(file, 'utf8')).fixtures) {
    cases.push({ template, params: fixture.options })
  }
}

const renderAll = () => {
  let length = 0
  for (const c of cases) length += c.template.render({ params: c.params }).length
  return length
}

// Warm up (templates compile on first render), then measure whole passes for the given time.
const warmUpUntil = performance.now() + 2000
while (performance.now() < warmUpUntil) renderAll()

let rendered = 0
const start = performance.now()
while (performance.now() - start < seconds * 1000) {
  renderAll()
  rendered += cases.length
}
const elapsed = (performance.now() - start) / 1000
console.log(JSON.stringify({ fixtures: cases.length, fixturesPerSecond: rendered / elapsed }))
