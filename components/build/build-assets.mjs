// Compiles GovDesign's stylesheet and copies govuk-frontend's script and the crest image its footer
// styles use into wwwroot/dist.
// Called by GovDesign.Components.csproj only when its inputs have changed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'wwwroot', 'dist')
const frontend = dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json'))

await mkdir(out, { recursive: true })

const css = await sass.compileAsync(join(root, 'styles', 'govdesign.scss'), {
  importers: [new sass.NodePackageImporter(root)],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import']
})
await writeFile(join(out, 'govdesign.css'), css.css)
await copyFile(join(frontend, 'dist', 'govuk', 'govuk-frontend.min.js'), join(out, 'govuk-frontend.min.js'))
await mkdir(join(out, 'images'), { recursive: true })
await copyFile(join(frontend, 'dist', 'govuk', 'assets', 'images', 'govuk-crest.svg'), join(out, 'images', 'govuk-crest.svg'))

console.log(`GovDesign assets: ${css.css.length} bytes of CSS written to ${out}`)
