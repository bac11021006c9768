// Parses one issue body with GitHub's own parser (@github/issue-parser) and prints the fields as JSON:
// the Node side of the start-up benchmark (tests/Ecosystem.Benchmarks), timed as a whole process.
// Usage: node issue-parser-one.mjs <body.md> <template.yml>
import { readFileSync } from 'node:fs'
import { parseIssue } from '@github/issue-parser'

const [bodyPath, templatePath] = process.argv.slice(2)
if (!bodyPath || !templatePath) {
  console.error('usage: node issue-parser-one.mjs <body.md> <template.yml>')
  process.exit(2)
}

const parsed = parseIssue(readFileSync(bodyPath, 'utf8'), readFileSync(templatePath, 'utf8'))
process.stdout.write(JSON.stringify(parsed) + '\n')
