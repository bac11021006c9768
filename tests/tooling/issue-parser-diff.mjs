// Prints GitHub's own parse (@github/issue-parser) of every issue body in a folder, as JSON:
// { "<body name>": { "<field id>": "<value>", ... }, ... }. Used by the Domain tests to hold our
// reader to GitHub's behaviour.
// Usage: node issue-parser-diff.mjs <template-with-ids.yml> <bodies-folder>
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseIssue } from '@github/issue-parser'

const [templatePath, bodiesDir] = process.argv.slice(2)
if (!templatePath || !bodiesDir) {
  console.error('usage: node issue-parser-diff.mjs <template-with-ids.yml> <bodies-folder>')
  process.exit(2)
}

const template = readFileSync(templatePath, 'utf8')
const result = {}
for (const file of readdirSync(bodiesDir).filter((f) => f.endsWith('.md')).sort()) {
  const parsed = parseIssue(readFileSync(join(bodiesDir, file), 'utf8'), template)
  const fields = {}
  for (const [id, value] of Object.entries(parsed)) {
    if (typeof value === 'string') fields[id] = value
  }
  result[basename(file, '.md')] = fields
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n')
