// GovDesign docs site: small enhancements on top of pages that work without JavaScript.
// Example frames grow to their content, every code block gets a copy button, search answers as you type.

const status = document.getElementById('govdesign-copy-status')

function fitFrame (frame) {
  try {
    const doc = frame.contentDocument
    if (doc && doc.documentElement && doc.location.href !== 'about:blank') {
      // The content's own height: the document's scrollHeight is never less than the frame, so it could grow but never shrink.
      const body = doc.body
      const below = parseFloat(doc.defaultView.getComputedStyle(body).marginBottom) || 0
      const height = Math.ceil(body.getBoundingClientRect().bottom + doc.defaultView.scrollY + below)
      frame.style.height = Math.max(height, 48) + 'px'
    }
  } catch {
    // A frame from another origin keeps its default height.
  }
}

for (const frame of document.querySelectorAll('iframe[data-govdesign-example-frame]')) {
  frame.addEventListener('load', () => fitFrame(frame))
  if (frame.contentDocument && frame.contentDocument.readyState === 'complete') fitFrame(frame)
}
window.addEventListener('resize', () => document.querySelectorAll('iframe[data-govdesign-example-frame]').forEach(fitFrame))

function announce (message) {
  if (!status) return
  status.textContent = ''
  window.setTimeout(() => { status.textContent = message }, 50)
}

async function copyText (text) {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'absolute'
    area.style.left = '-9999px'
    document.body.appendChild(area)
    area.select()
    const done = document.execCommand('copy')
    area.remove()
    return done
  }
}

function enableCopy (button, code) {
  button.hidden = false
  button.addEventListener('click', async () => {
    const done = await copyText(code.textContent)
    announce(done ? 'Copied' : 'Could not copy: select the code and copy it yourself')
  })
}

for (const button of document.querySelectorAll('button.govdesign-copy')) {
  const code = document.getElementById(button.dataset.copyTarget)
  if (code) enableCopy(button, code)
}

// Every other code block gets a copy button after it; without JavaScript the code is simply shown.
const withButtons = new Set([...document.querySelectorAll('button.govdesign-copy')].map(b => b.dataset.copyTarget))
for (const pre of document.querySelectorAll('pre.govdesign-code')) {
  if (pre.id && withButtons.has(pre.id)) continue
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'govuk-button govuk-button--secondary govdesign-copy'
  button.textContent = 'Copy code'
  pre.after(button)
  enableCopy(button, pre)
}

// Search: the form still submits to the results page when the index cannot be loaded.
const form = document.querySelector('form.govdesign-search')
if (form) {
  const input = form.querySelector('input[name="q"]')
  const results = document.getElementById('search-results')
  const count = document.getElementById('search-count')
  let pages = null

  // The same scoring as SearchIndex.cs: a term counts where a word starts ("date" finds "dates", not "update").
  const startsAWord = (text, term) => {
    const lower = text.toLowerCase()
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1])) return true
    }
    return false
  }
  const score = (page, term) =>
    (page.title.toLowerCase().startsWith(term) ? 100 : startsAWord(page.title, term) ? 60 : 0) +
    (page.keywords.some(k => startsAWord(k, term)) ? 40 : 0) +
    (page.headings.some(h => startsAWord(h.text, term)) ? 10 : 0) +
    (startsAWord(page.description, term) ? 5 : 0) +
    (startsAWord(page.text, term) ? 1 : 0)
  const total = hit => hit.scores.reduce((x, y) => x + y)

  const show = () => {
    const query = input.value.trim()
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10)
    results.replaceChildren()
    if (terms.length === 0) { count.textContent = ''; return }
    const hits = pages
      .map(page => ({ page, scores: terms.map(t => score(page, t)) }))
      .filter(hit => hit.scores.every(s => s > 0))
      .sort((a, b) => total(b) - total(a) || a.page.title.length - b.page.title.length || a.page.title.localeCompare(b.page.title))
    for (const { page } of hits) {
      const heading = page.headings.find(h => terms.some(t => startsAWord(h.text, t)))
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.className = 'govuk-link govuk-!-font-weight-bold'
      link.href = heading ? heading.url : page.url
      link.textContent = heading ? `${page.title}: ${heading.text}` : page.title
      const about = document.createElement('p')
      about.className = 'govuk-body-s'
      about.textContent = `${page.section}. ${page.description}`
      item.append(link, about)
      results.append(item)
    }
    count.textContent = hits.length === 0 ? `No pages match “${query}”.` : hits.length === 1 ? '1 page found.' : `${hits.length} pages found.`
  }

  fetch(form.dataset.searchIndex)
    .then(response => response.ok ? response.json() : Promise.reject(new Error(response.statusText)))
    .then(index => {
      pages = index.pages
      let timer = 0
      input.addEventListener('input', () => {
        window.clearTimeout(timer)
        timer = window.setTimeout(() => {
          show()
          const url = new URL(window.location.href)
          url.searchParams.set('q', input.value)
          window.history.replaceState(null, '', url)
        }, 150)
      })
      if (input.value.trim() && results.children.length === 0) show()
    })
    .catch(() => {})
}
