"""quirewell (qw): Lua filters + pandoc + LuaLaTeX publishing pipeline.

The monthly village magazine (the Quirewell Crier): Markdown/.docx submissions -> pandoc with
Lua filters -> LuaLaTeX A5 booklet for the printer, an HTML web edition and an email edition.
busted + luacheck + stylua, build.sh -> Makefile -> just, ImageMagick -> libvips, Ghostscript
PDF/X, GitHub Pages -> Codeberg Pages, Mailchimp -> listmonk. All wording hand-written.
"""
from authoring import Proj


def make():
    P = Proj("quirewell", "qw", "~/work/quirewell")

    # ------------------------------------------------------------------ paraphrase
    P.commit("qw-p1", 15, """booklet: pad to a multiple of four pages

Saddle-stitched copies need 4n sides; the autumn run was refused because the PDF had 26.
pad.lua appends house adverts (then blank sides) until pages % 4 == 0, counted from the .aux
after the first lualatex pass.""", [("A", "filters/pad.lua"), ("M", "Makefile")])
    P.note("qw-p1-d", 15, """Print shop asked that we send every issue two days early from now on (stock take), and they
want the November issue's unsold copies back for recycling.""")
    P.q("paraphrase", "Why did the print shop send the November issue back?",
        ["qw-p1"], distractors=["qw-p1-d"],
        note="A stapled booklet needs a page count divisible by four; the file had 26 sides.")

    P.note("qw-p3", 25, """Photos from the 16 March event printed dark and blotchy: we sent RGB JPEGs and the press RIP
converted them with its default profile, piling ink into the shadows. Images now get
magick -profile PSO_Uncoated_v3_FOGRA52.icc with total ink kept under 300% for this stock.""")
    P.note("qw-p3-d", 25, """Spring show: pictures for the May issue come from Tom. Ask him for the paper version of the
dog show results too, the scan came out muddy.""")
    P.q("paraphrase", "Why did the pictures of the spring show come out muddy on paper?",
        ["qw-p3"], distractors=["qw-p3-d"],
        note="RGB images were converted by the press with a default profile; now converted to the uncoated CMYK profile with an ink limit.")

    P.edit("qw-p4", 32, "templates/print.latex", r"""\clubpenalty=10000 \widowpenalty=10000 \brokenpenalty=10000
A paragraph's last line can no longer be stranded at the head of the next column, and its opening
line can't sit alone at a column foot either.""")
    P.note("qw-p4-d", 32, """Column ideas: a lonely hearts page (no), and ending each issue with a sentence from the parish
archive at the top of the back page. Stop doing the recipe.""")
    P.q("paraphrase", "How did we stop one lonely sentence ending up on its own at the top of a column?",
        ["qw-p4"], distractors=["qw-p4-d"],
        note="Widow/club penalties set to 10000 in the print template.")

    P.chat("qw-p2", 36, """User: In the listmonk preview, O’Neill and Café Rouge show up as O‚Äôneill and CafÃ© Rouge. The
Markdown is fine.
Assistant: That's UTF-8 decoded as Latin-1/Mac Roman somewhere. Your import step runs the
contributors' CSV through iconv -f latin1, but the file is already UTF-8, so it gets encoded
twice. Drop the iconv call and add <meta charset="utf-8"> to the newsletter template.""")
    P.note("qw-p2-d", 36, """Emailed edition: people asked to see surnames in the birthdays column. Mrs Hale thinks it would
look like gibberish with the apostrophe-heavy names squashed in. Leave it as first names.""")
    P.q("paraphrase", "Why did surnames with an apostrophe look like gibberish in the emailed edition?",
        ["qw-p2"], distractors=["qw-p2-d"],
        note="The CSV was run through iconv from Latin-1 although it was UTF-8 already (double encoding).")

    P.commit("qw-p5", 40, """build: convert each image once into build/img and reuse it

The image recipe globbed images/ and rebuilt everything whenever the folder's mtime changed
(any new file or save), i.e. on each run. Now vips per file with a content hash in the output
name; a text-only change skips them all.""", [("M", "justfile"), ("A", "scripts/img_once.sh")])
    P.note("qw-p5-d", 40, """Issue meeting: every contributor gets twenty minutes on the agenda, even if it's just a typo fix
to their article. Making the tea: Sue.""")
    P.q("paraphrase", "Why did making the issue take twenty minutes every time, even for a typo fix?",
        ["qw-p5"], distractors=["qw-p5-d"],
        note="Every build re-encoded all images because the rule depended on the folder mtime.")

    P.commit("qw-p6", 46, """filters/ads.lua: keep Note elements inside ad blocks

The Div walker returned {} for anything that wasn't Para/Plain to strip stray formatting, which
also deleted pandoc Note nodes, so the small print under adverts vanished. Now only
RawInline/RawBlock are stripped.""", [("M", "filters/ads.lua"), ("M", "spec/ads_spec.lua")])
    P.note("qw-p6-d", 46, """Advertisers asked for numbered boxes on the back page so they know where they sit. Little remarks
like 'est. 1987' at the bottom are fine. One of them disappeared to the Longmoor newsletter.""")
    P.q("paraphrase", "Where did the little numbered remarks at the bottom of advertisers' boxes disappear to?",
        ["qw-p6"], distractors=["qw-p6-d"],
        note="The ads filter dropped footnote (Note) nodes along with stray formatting.")

    # ------------------------------------------------------------------ command_fact
    P.sh("qw-c1-d", 8, "brew info pandoc | head -2", "==> pandoc: stable 3.2 (bottled), HEAD\nSwiss-army knife of markup format conversion; converts documents between formats")
    P.sh("qw-c1", 8, "pandoc --version", """pandoc 3.1.11.1
Features: +server +lua
Scripting engine: Lua 5.4
User data directory: /Users/maren/.local/share/pandoc
Copyright (C) 2006-2023 John MacFarlane. Web: https://pandoc.org""")
    P.q("command_fact", "Which exact release of the document converter is on the laptop?",
        ["qw-c1"], distractors=["qw-c1-d"], keys=["3.1.11.1"],
        note="pandoc --version prints 3.1.11.1; brew info shows the newest bottle, not what is installed.")

    P.sh("qw-c2-d", 24, "pdfinfo build/crier-2024-04.pdf", """Title:           Quirewell Crier, April 2024 issue
Creator:         LaTeX with hyperref
Producer:        LuaTeX-1.17.0
Pages:           24
Page size:       419.53 x 595.28 pts (A5)
PDF version:     1.5""")
    P.sh("qw-c2", 52, "pdfinfo build/crier-2024-05.pdf", """Title:           Quirewell Crier, May 2024 issue
Creator:         LaTeX with hyperref
Producer:        LuaTeX-1.18.0
Pages:           28
Page size:       419.53 x 595.28 pts (A5)
PDF version:     1.5""")
    P.q("command_fact", "How many sides did the May issue PDF come to?",
        ["qw-c2"], distractors=["qw-c2-d"], keys=["Pages:           28"],
        note="pdfinfo of the May PDF: 28 pages; April was 24.")

    P.sh("qw-c3", 18, "busted spec/filters", """●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●◼◼
47 successes / 2 failures / 0 errors / 0 pending : 0.418213 seconds

Failure → spec/filters/calendar_spec.lua @ 31
calendar groups events by weekday
Expected objects to be the same.""", exit=1)
    P.sh("qw-c3-d", 18, "busted spec/filters", """●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●
49 successes / 0 failures / 0 errors / 0 pending : 0.402877 seconds""")
    P.q("command_fact", "How many successes did the filter specs have on the run where a couple failed?",
        ["qw-c3"], distractors=["qw-c3-d"], keys=["47 successes"],
        note="The failing busted run: 47 successes, 2 failures.")

    P.sh("qw-c4-d", 26, "du -h build/print/crier-2024-04-pdfx.pdf", "36M\tbuild/print/crier-2024-04-pdfx.pdf")
    P.sh("qw-c4", 53, "du -h build/print/crier-2024-05-pdfx.pdf", "41M\tbuild/print/crier-2024-05-pdfx.pdf")
    P.q("command_fact", "How big was the print-ready PDF for the May issue?",
        ["qw-c4"], distractors=["qw-c4-d"], keys=["41M"],
        note="du of the May PDF/X file; 36M was April's.")

    P.commit("qw-c5", 37, """ci: build in registry.example.com/quirewell/texlive:2024.2

Pinned instead of :latest so a TeX Live update can't change the layout mid-issue.""",
             [("M", ".forgejo/workflows/build.yml")])
    P.sh("qw-c5-d", 37, "docker run --rm registry.example.com/quirewell/texlive:latest lualatex --version | head -1",
         "This is LuaHBTeX, Version 1.18.0 (TeX Live 2024)")
    P.q("command_fact", "Which TeX Live image tag is the magazine's CI pinned to?",
        ["qw-c5"], distractors=["qw-c5-d"], keys=["texlive:2024.2"], null=True,
        note="Only the CI commit names the pinned tag 2024.2.")

    P.sh("qw-c6-d", 55, "curl -s -u \"admin:$LISTMONK_TOKEN\" localhost:9000/api/campaigns/30 | jq '.data | {name, sent}'",
         '{\n  "name": "Crier April 2024 email edition",\n  "sent": 587\n}')
    P.sh("qw-c6", 55, "curl -s -u \"admin:$LISTMONK_TOKEN\" localhost:9000/api/campaigns/31 | jq '.data | {name, sent}'",
         '{\n  "name": "Crier May 2024 email edition",\n  "sent": 612\n}')
    P.q("command_fact", "How many inboxes did the last email edition go out to?",
        ["qw-c6"], distractors=["qw-c6-d"], keys=['"sent": 612'],
        note="listmonk campaign 31 (May) sent 612; campaign 30 (April) 587.")

    # ------------------------------------------------------------------ knowledge_update
    P.edit("qw-u1-o", 3, "templates/print.latex", r"\setmainfont{Libertinus Serif}[Numbers=OldStyle]  % body text set in Libertinus")
    P.commit("qw-u1", 21, """Body text now set in EB Garamond

Libertinus at this size on A5 read small; three readers' letters about it.""",
             [("M", "templates/print.latex"), ("A", "fonts/README.md")])
    P.q("knowledge_update", "Which typeface is the body text set in now?",
        ["qw-u1"], ["qw-u1-o"], note="Libertinus Serif (day 3) -> EB Garamond (day 21).")

    P.note("qw-u2-o1", 6, """Print run: 350 copies, delivered to the shop and the church porch.""")
    P.note("qw-u2-o2", 30, """Print run up to 420 copies: the new houses on Mill Lane get one each now.""")
    P.commit("qw-u2", 50, """printer order: 380 copies from the June issue

The email edition has taken about 60 households off paper.""", [("M", "printer/order.txt")])
    P.q("knowledge_update", "How many copies do we get printed each month now?",
        ["qw-u2"], ["qw-u2-o1", "qw-u2-o2"], note="350 (day 6) -> 420 (day 30) -> 380 (day 50).")

    P.commit("qw-u3-o", 4, """contributor guide: contributors need their pieces in by the 15th of the month""", [("A", "docs/contributors.md")])
    P.note("qw-u3", 24, """Copy deadline is now the 10th of the month: the printer needs 12 working days since they moved
to the Longmoor site. Contributor guide updated.""")
    P.q("knowledge_update", "When do contributors need to have their pieces in these days?",
        ["qw-u3"], ["qw-u3-o"], note="15th (day 4) -> 10th (day 24).")

    P.commit("qw-u4-o", 5, """images: process photos with ImageMagick during the build (magick -resize 1600x -quality 85)""",
             [("A", "scripts/images.sh"), ("M", "build.sh")])
    P.note("qw-u4", 28, """Image step now uses libvips (vips thumbnail / icc_transform) instead of ImageMagick: about five
times faster on the 40-photo issue and far less memory.""")
    P.q("knowledge_update", "What tool processes the photos during a build at the moment?",
        ["qw-u4"], ["qw-u4-o"], note="ImageMagick (day 5) -> libvips (day 28).")

    P.note("qw-u5-o", 8, """We send the email edition out via Mailchimp's free plan (500 contacts cap).""")
    P.commit("qw-u5", 26, """Send the email edition with self-hosted listmonk on the parish VPS

Mailchimp's free tier capped us at 500 contacts.""", [("A", "deploy/listmonk/compose.yaml"), ("M", "Makefile")])
    P.q("knowledge_update", "What do we send the email edition out with now?",
        ["qw-u5"], ["qw-u5-o"], note="Mailchimp (day 8) -> listmonk (day 26).")

    P.note("qw-u6-o", 0, """Toolchain: TeX Live 2023 (MacTeX), LuaLaTeX, latexmk.""")
    P.commit("qw-u6", 34, """Move to TeX Live 2024 (tlmgr update --self --all; CI image rebuilt)""",
             [("M", "docs/setup.md"), ("M", ".forgejo/workflows/build.yml")])
    P.q("knowledge_update", "Which TeX Live year is the build using now?",
        ["qw-u6"], ["qw-u6-o"], note="TeX Live 2023 (day 0) -> 2024 (day 34).")

    P.note("qw-u7-o1", 10, """Advert rates: quarter page £18 per issue, half page £32, full page £55.""")
    P.commit("qw-u7-o2", 38, """rates: quarter page £22 from the June issue (paper price rise)""", [("M", "ads/rates.yaml")])
    P.note("qw-u7", 52, """Quarter-page adverts: £20 per issue for advertisers who book the whole year, £22 otherwise.""")
    P.q("knowledge_update", "How much does a quarter-page advert in the village magazine cost these days?",
        ["qw-u7"], ["qw-u7-o1", "qw-u7-o2"], null=True, note="£18 (day 10) -> £22 (day 38) -> £20 yearly / £22 (day 52).")

    # ------------------------------------------------------------------ first_attempt
    P.commit("qw-f1", 0, """build.sh: pandoc -> lualatex twice, copy the PDF to out/""", [("A", "build.sh")])
    P.commit("qw-f1-l1", 7, """Replace build.sh with a Makefile

Per-issue targets; images are prerequisites so they only rebuild when they change.""",
             [("D", "build.sh"), ("A", "Makefile")])
    P.commit("qw-f1-l2", 33, """Makefile -> justfile (just issue 2024-04, just email, just print)""",
             [("D", "Makefile"), ("A", "justfile")])
    P.q("first_attempt", "What did we build an issue with at the very start?",
        ["qw-f1"], ["qw-f1-l1", "qw-f1-l2"], note="build.sh (day 0) before the Makefile (7) and just (33).")

    P.note("qw-f2", 1, """Contributors email .docx files; I open them in LibreOffice, copy-paste into Markdown and tidy
by hand.""")
    P.commit("qw-f2-l", 12, """Read .docx submissions straight with pandoc (-f docx) plus filters/docx_tidy.lua""",
             [("A", "filters/docx_tidy.lua"), ("M", "Makefile")])
    P.q("first_attempt", "How did we get contributors' Word files into the magazine originally?",
        ["qw-f2"], ["qw-f2-l"], note="Copy-paste via LibreOffice (day 1) before pandoc's docx reader (day 12).")

    P.note("qw-f3", 3, """What's On: typed as a Markdown table in issues/<month>/whatson.md.""")
    P.commit("qw-f3-l1", 16, """What's On generated from events.csv by filters/calendar.lua""",
             [("A", "filters/calendar.lua"), ("A", "data/events.csv")])
    P.note("qw-f3-l2", 41, """calendar.lua now reads the village hall's shared ICS feed; events.csv is retired.""")
    P.q("first_attempt", "How was the What's On listing put together initially?",
        ["qw-f3"], ["qw-f3-l1", "qw-f3-l2"], note="Hand-typed table (day 3) before the CSV filter (16) and the ICS feed (41).")

    P.note("qw-f4", 5, """No tests yet: after changing a filter I compare the PDF with last month's by eye in diffpdf.""")
    P.commit("qw-f4-l", 14, """Add busted specs for the Lua filters (spec/filters/*_spec.lua) and luacheck""",
             [("A", "spec/filters/ads_spec.lua"), ("A", ".luacheckrc"), ("A", ".busted")])
    P.q("first_attempt", "How were filter changes checked before we had busted?",
        ["qw-f4"], ["qw-f4-l"], note="Eyeballing diffpdf (day 5) before busted (day 14).")

    P.note("qw-f5", 2, """Web edition = the print PDF linked from the village website, nothing else.""")
    P.note("qw-f5-l", 23, """The web edition is HTML now: pandoc with templates/web.html, one page per article.""")
    P.q("first_attempt", "What did the online edition look like in the beginning?",
        ["qw-f5"], ["qw-f5-l"], note="Just the PDF (day 2) before HTML pages (day 23).")

    P.commit("qw-f6", 4, """print: hand the lualatex PDF to the printer as-is""", [("M", "build.sh")])
    P.commit("qw-f6-l", 19, """print: Ghostscript pass to PDF/X-1a (CMYK, fonts embedded, no transparency)""",
             [("A", "scripts/pdfx.sh"), ("M", "Makefile")])
    P.q("first_attempt", "What did we originally send the printer?",
        ["qw-f6"], ["qw-f6-l", "qw-p3"], note="The raw LuaLaTeX PDF (day 4) before PDF/X (day 19) and the CMYK image profile (day 25).")

    P.note("qw-f7", 6, """Web edition (the PDF plus an index page) hosted on GitHub Pages from the gh-pages branch.""")
    P.note("qw-f7-l", 29, """Web edition moved to Codeberg Pages (pages branch); the GitHub repo is archived.""")
    P.q("first_attempt", "Where was the village magazine's website hosted at first?",
        ["qw-f7"], ["qw-f7-l"], null=True, note="GitHub Pages (day 6) before Codeberg Pages (day 29).")

    # ------------------------------------------------------------------ fillers
    P.commit("qw-x1", (2, 25), """church page: new service times table layout""", [("M", "templates/print.latex")])
    P.commit("qw-x2", (10, 40), """crossword: scale the grid image to the column width""", [("M", "filters/images.lua")])
    P.commit("qw-x3", (20, 50), """web: add previous-issues index page""", [("A", "templates/archive.html")])
    P.commit("qw-x4", (30, 58), """luacheck: allow pandoc globals""", [("M", ".luacheckrc")])
    P.commit("qw-x5", (40, 60), """ads: sort adverts by size, then advertiser name""", [("M", "filters/ads.lua")])
    P.chat("qw-x6", (4, 30), """User: In a pandoc Lua filter how do I get the document's metadata field 'issue' inside a Para walker?
Assistant: Return a list of filters: first a Meta function that stores meta.issue in a local, then
the Para function that reads it. Filters in a list run in order.""")
    P.chat("qw-x7", (25, 55), """User: multicols leaves a big gap before a section heading at the bottom of a column
Assistant: Add \\needspace{4\\baselineskip} before each heading so it moves to the next column with
its first lines.""", source="cursor", files=["templates/print.latex"])
    P.note("qw-x8", (5, 35), """Parish council wants their minutes summary on page 3 every month; 300 words max.""")
    P.note("qw-x9", (35, 60), """School asked for a children's page in the summer issues: drawings scanned at 300 dpi.""")
    P.edit("qw-x10", (10, 45), "templates/print.latex", "Running header: issue month on the left, page number on the right; no header on page 1.")
    P.edit("qw-x11", (30, 60), "filters/whatson.lua", "Bold the day names, keep times in 24 h, drop the year.")
    P.file("qw-x12", (15, 45), "issues/2024-04/meta.yaml", """issue: 2024-04
title: Quirewell Crier
cover: images/2024-04/cover.jpg
editor: Maren Holt""")

    # ------------------------------------------------------------------ shell pool
    P.pool_cmd("git status -sb", "## main...origin/main\n M issues/2024-04/whatson.md", weight=3)
    P.pool_cmd("git pull", "Already up to date.", weight=2)
    P.pool_cmd("./build.sh 2024-03", "pandoc: issues/2024-03/*.md -> build/crier.tex\nlualatex (1/2)... lualatex (2/2)...\nout/crier-2024-03.pdf", hi=6, weight=3)
    P.pool_cmd("make issue ISSUE=2024-04", "pandoc --lua-filter filters/ads.lua ... -o build/crier.tex\nlatexmk -lualatex -interaction=nonstopmode build/crier.tex\nLatexmk: All targets (build/crier.pdf) are up-to-date", lo=7, hi=32, weight=3)
    P.pool_cmd("make issue ISSUE=2024-04", "latexmk -lualatex -interaction=nonstopmode build/crier.tex\n! Undefined control sequence.\nl.412 \\advert\n                {quarter}{Mill Lane Stores}\nmake: *** [issue] Error 12", exit=2, lo=7, hi=32)
    P.pool_cmd("just issue 2024-05", "pandoc --lua-filter filters/ads.lua ... -o build/crier.tex\nlatexmk -lualatex build/crier.tex\nLatexmk: All targets (build/crier.pdf) are up-to-date", lo=33, weight=3)
    P.pool_cmd("latexmk -lualatex -interaction=nonstopmode build/crier.tex", "Overfull \\hbox (4.11292pt too wide) in paragraph at lines 233--236\nOutput written on crier.pdf (24 pages, 3912211 bytes).", weight=1)
    P.pool_cmd("luacheck filters/", "Checking filters/ads.lua                          1 warning\n\n    filters/ads.lua:12:7: unused variable 'kind'\n\nTotal: 1 warning / 0 errors in 7 files", exit=1, lo=14)
    P.pool_cmd("stylua --check filters/", "Diff in filters/calendar.lua:\n-  local  rows = {}\n+  local rows = {}", exit=1, lo=14)
    P.pool_cmd("busted spec/filters/ads_spec.lua", "●●●●●●●●●●●●\n12 successes / 0 failures / 0 errors / 0 pending : 0.0913 seconds", lo=14, weight=2)
    P.pool_cmd("magick identify images/2024-04/cover.jpg", "images/2024-04/cover.jpg JPEG 4032x3024 4032x3024+0+0 8-bit sRGB 3.91MiB 0.000u 0:00.000", hi=27)
    P.pool_cmd("vipsheader images/2024-05/cover.jpg", "images/2024-05/cover.jpg: 4032x3024 uchar, 3 bands, srgb, jpegload", lo=28)
    P.pool_cmd("git push origin gh-pages", "To github.com:quirewell-crier/site.git\n   4e1a2c9..9b0d7f3  gh-pages -> gh-pages", lo=6, hi=28)
    P.pool_cmd("git push codeberg pages", "To codeberg.org:quirewell-crier/site.git\n   1f7c3a0..c28e9d4  pages -> pages", lo=29)
    P.pool_cmd("tlmgr --version | head -1", "tlmgr revision 67874 (2023-08-08 10:31:45 +0200)", hi=33)
    P.pool_cmd("tlmgr --version | head -1", "tlmgr revision 70671 (2024-03-17 22:11:04 +0100)", lo=34)
    P.pool_cmd("open build/crier.pdf", "", weight=2)
    P.pool_cmd("gs --version", "10.03.0", lo=19)
    P.pool_cmd("pdffonts build/print/crier-pdfx.pdf | head -4", "name                                 type              encoding         emb sub uni\n------------------------------------ ----------------- ---------------- --- --- ---\nQWBHKL+EBGaramond-Regular            CID Type 0C       Identity-H       yes yes yes", lo=21)
    P.pool_cmd("ssh parishvps 'docker compose -f /srv/listmonk/compose.yaml ps'", "NAME               STATUS\nlistmonk_app       Up 9 days\nlistmonk_db        Up 9 days", lo=26)
    return P
