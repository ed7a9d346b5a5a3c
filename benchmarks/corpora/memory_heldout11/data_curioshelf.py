"""curioshelf: object catalogue, donations, loans and county export for a local history society.

Stack: Racket 8.11 CS -> 8.14, raco pkg, web-server (serve/servlet, xexprs -> include-template),
db library over SQLite (LIKE -> FTS5), rackunit via `raco test`, raco fmt, ImageMagick thumbnails,
a Raspberry Pi (`archivepi`) in the museum office, later a read-only public copy on a VPS,
CSV by email -> OAI-PMH for the county archive.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

PROJECT = "curioshelf"
ABBR = "cs"
CWD = "~/work/curioshelf"

RECORDS = [
    # ---------------- paraphrase ----------------
    commit("cs-p1-a", 11,
           "Allocate the accession id and insert in one transaction\n\n"
           "A double click on Save ran (next-accession) twice and both rows got 2026.031.",
           [("M", "catalogue/accession.rkt"), ("M", "tests/accession-test.rkt")]),
    note("cs-p1-d", 12,
         "Brass lamp from the Fairweather donation: two different numbers are painted on the "
         "base; show both in the description."),
    commit("cs-p2-a", 9,
           "Respect the camera's rotation tag: add -auto-orient before -thumbnail\n\n"
           "Phone shots of documents were stored landscape with Orientation=6.",
           [("M", "images/thumbs.rkt")]),
    note("cs-p2-d", 10,
         "Photos of the Ellis letters came out well; the website could show a few of them on "
         "the front page once the letters are catalogued."),
    commit("cs-p3-a", 19,
           "Stop the 02:00 xlsx sync overwriting rows touched in the app\n\n"
           "Compare updated_at with the sheet's modified time and skip rows changed since.",
           [("M", "import/xlsx-sync.rkt")]),
    note("cs-p3-d", 20,
         "Volunteer rota: Margaret edits the record cards on Tuesdays; some of the old cards "
         "vanished when the office was cleared overnight years ago."),
    commit("cs-p4-a", 14,
           "Blank location no longer defaults to \"Gallery\" in the import\n\n"
           "Rows with an empty location cell now get \"unknown\" and go on the check list.",
           [("M", "import/xlsx.rkt")]),
    note("cs-p4-d", 15,
         "Store room shelving: the objects listed for the winter display have been in the "
         "store room for years and need dusting."),
    note("cs-p5-a", 22,
         "Storage on archivepi reached 100%: journald had no SystemMaxUse and the servlet "
         "logged every thumbnail GET. Set SystemMaxUse=200M and stopped the per-request log."),
    note("cs-p5-d", 23,
         "The catalogue computer in the office is little and slow; fill in the card index "
         "numbers on it only when nobody else is using it."),
    chat("cs-p6-a", 30,
         "User: 1 Sept 1911 shows as 31 Aug on the item page.\n"
         "Assistant: string->date gives you midnight UTC, and rendering it in Europe/London "
         "moves it back across the boundary. Keep y/m/d values without a time component."),
    note("cs-p6-d", 31,
         "Old postcards from the Hartley album: several were sent a day apart; the postmark "
         "on the earlier one is hard to read."),
    commit("cs-p7-a", 35,
           "Strip private fields from /api/items JSON\n\n"
           "The public handler serialised the whole row hash, depositor contact included.",
           [("M", "web/api.rkt"), ("M", "tests/api-test.rkt")]),
    note("cs-p7-d", 36,
         "Donor thank-you letters: anyone on the committee can see the home address in the "
         "paper file; the internet version of the newsletter never prints it."),

    # ---------------- command_fact ----------------
    sh("cs-c1-a", 34, "raco test tests/", "raco test: \"tests/accession-test.rkt\"\n...\n147 tests passed"),
    sh("cs-c1-d", 34, "raco test tests/api-test.rkt", "raco test: \"tests/api-test.rkt\"\n12 tests passed"),
    sh("cs-c2-a", 47, "sqlite3 /srv/curioshelf/catalogue.db 'select count(*) from objects'", "6482"),
    sh("cs-c2-d", 47, "sqlite3 /srv/curioshelf/catalogue.db 'select count(*) from donors'", "911"),
    sh("cs-c3-a", 42, "du -sh /mnt/ssd/curioshelf/photos", "38G\t/mnt/ssd/curioshelf/photos"),
    sh("cs-c3-d", 42, "du -sh /mnt/ssd/curioshelf/thumbs", "2.3G\t/mnt/ssd/curioshelf/thumbs"),
    sh("cs-c4-a", 1, "racket main.rkt",
       "Your Web application is running at http://localhost:8642/.\nStop this program at any time to terminate the Web Server."),
    sh("cs-c4-d", 8, "racket main.rkt",
       "tcp-listen: listen on 8642 failed\n  system error: Address already in use; errno=98", exit=1),
    commit("cs-c5-a", 26, "Pin gregor to 5a1c0b9 in info.rkt", [("M", "info.rkt")]),
    sh("cs-c5-d", 26, "raco pkg install --auto gregor", "Resolving \"gregor\" via https://download.racket-lang.org/releases/8.11.1/catalog/"),
    sh("cs-c6-a", 33, "curl -s 'https://catalogue.example.com/oai?verb=Identify' | grep -i datestamp",
       "  <earliestDatestamp>1998-03-14</earliestDatestamp>\n  <granularity>YYYY-MM-DD</granularity>"),
    sh("cs-c6-d", 33, "curl -s 'https://catalogue.example.com/oai?verb=ListRecords&metadataPrefix=oai_dc' | grep -m2 datestamp",
       "    <datestamp>2026-11-02</datestamp>\n    <datestamp>2026-11-02</datestamp>"),
    sh("cs-c7-a", 52, "ssh archivepi uptime", " 19:04:11 up 41 days,  3:12,  1 user,  load average: 0.08, 0.05, 0.01"),
    note("cs-c7-d", 52,
         "The little server in the history society office was checked by the electrician; "
         "no more extension leads under the desk."),

    # ---------------- more paraphrase / command_fact ----------------
    chat("cs-p8-a", 40,
         "User: the Brother QL roll comes out with a tiny corner of text and the rest blank.\n"
         "Assistant: The PDF page is A4 and the driver shrinks it to fit. Make the page 62 x 29 mm "
         "in the tag layout so it maps one-to-one.", src="cursor", files=["labels/layout.rkt"]),
    note("cs-p8-d", 41,
         "Label printer stickers: half the roll went on the school boxes; the empty jars in the "
         "kitchen need stickers too."),
    commit("cs-p9-a", 44,
           "Quote user terms before MATCH\n\n"
           "A ' in the query ended the FTS5 expression and returned no rows.",
           [("M", "catalogue/search.rkt"), ("M", "tests/search-test.rkt")]),
    note("cs-p9-d", 45,
         "St Mary's churchyard survey: anything like a headstone photo should turn up in search; "
         "don't miss the apostrophe in the name."),
    sh("cs-c8-a", 38, "exiftool -Model photos/ALHS.2026.014-1.jpg", "Camera Model Name               : Pixel 7a"),
    sh("cs-c8-d", 38, "exiftool -ImageSize photos/ALHS.2026.014-1.jpg", "Image Size                      : 4080x3072"),
    sh("cs-c9-a", 50, "sqlite3 /srv/curioshelf/catalogue.db 'select status, count(*) from loans group by status'",
       "out|17\nreturned|58"),
    note("cs-c9-d", 50,
         "Object boxes on loan: the school run on Thursday brings two boxes back; ask about the "
         "Roman box."),
    # ---------------- knowledge_update ----------------
    note("cs-u1-o", 3, "Accession numbers use the format 2026.14 (year, dot, running number)."),
    commit("cs-u1-a", 27,
           "Accession numbers now use the format ALHS.2026.014 (prefix, year, three-digit running number)",
           [("M", "catalogue/accession.rkt"), ("A", "migrations/007-renumber.sql")]),
    edit("cs-u2-o1", 2, "images/thumbs.rkt", "(define thumbnail-width 320) ; thumbnails are 320 px wide"),
    commit("cs-u2-o2", 18, "Thumbnails are 480 px wide now", [("M", "images/thumbs.rkt")]),
    note("cs-u2-a", 49,
         "Thumbnails now 640 px wide on item pages, 240 px in lists; regenerated the lot overnight."),
    commit("cs-u3-o", 0, "Target Racket 8.11.1 CS", [("A", "info.rkt"), ("A", ".racket-version")]),
    note("cs-u3-a", 36, "Upgraded archivepi and the laptop to Racket 8.14; everything compiles, raco test green."),
    note("cs-u4-o", 10, "Schools can borrow an object box for 4 weeks."),
    commit("cs-u4-a", 39, "School loan period for object boxes is now 6 weeks",
           [("M", "loans/policy.rkt")]),
    commit("cs-u5-o", 12, "Condition checks due yearly for every object", [("M", "care/schedule.rkt")]),
    note("cs-u5-a", 46,
         "Condition checks now every two years for stable objects; paper, textiles and photos "
         "are still checked yearly."),
    note("cs-u6-o", 7, "The public catalogue is served straight from archivepi through the router."),
    commit("cs-u6-a", 32,
           "Public catalogue now served from a read-only copy on the VPS; archivepi stays internal",
           [("A", "deploy/publish.sh"), ("M", "web/config.rkt")]),

    # ---------------- first_attempt ----------------
    note("cs-f1-a", 0,
         "Catalogue records imported from the old Excel sheet 'Accessions 1998-2025.xlsx'; the "
         "sheet stays the master for now."),
    commit("cs-f1-l", 26, "Catalogue records now come from direct entry in the app; switch off the xlsx sync",
           [("D", "import/xlsx-sync.rkt"), ("M", "deploy/crontab")]),
    commit("cs-f2-a", 1, "Item pages built from hand-written xexprs", [("A", "web/pages.rkt")]),
    commit("cs-f2-l", 20, "Render item pages with include-template instead of xexprs",
           [("M", "web/pages.rkt"), ("A", "web/templates/item.html")]),
    commit("cs-f3-a", 4, "Search with LIKE '%term%' over title and description",
           [("A", "catalogue/search.rkt")]),
    commit("cs-f3-l", 29, "Search uses an SQLite FTS5 index with prefix queries",
           [("M", "catalogue/search.rkt"), ("A", "migrations/006-fts.sql")]),
    note("cs-f4-a", 6,
         "Donors sign the paper transfer-of-title form; we scan it and attach the PDF to the "
         "donation."),
    note("cs-f4-l", 43,
         "Donors now sign over items with a typed signature on the online donation form; the "
         "scanned paper form is retired."),
    note("cs-f5-a", 2, "Object photos live on archivepi's SD card under /srv/curioshelf/photos."),
    note("cs-f5-l", 23,
         "Object photos moved off the SD card; they are kept on the USB SSD at "
         "/mnt/ssd/curioshelf/photos now."),
    note("cs-f6-a", 5,
         "County archive gets a CSV export of the catalogue, emailed to them each quarter."),
    commit("cs-f6-l", 33, "OAI-PMH endpoint for the county archive to harvest",
           [("A", "web/oai.rkt")]),

    # ---------------- fillers ----------------
    commit(None, (5, 25), "Add maker and material fields", [("A", "migrations/003-maker.sql")]),
    commit(None, (25, 55), "Print labels for object boxes", [("A", "labels/print.rkt")]),
    commit(None, (8, 50), "Fix escaping of ampersands in titles", [("M", "web/pages.rkt")]),
    chat(None, (10, 45),
         "User: how do I get query parameters in a racket servlet?\n"
         "Assistant: (extract-binding/single 'q (request-bindings req)), or use "
         "bindings-assq on (request-bindings/raw req) for bytes.", src="cursor"),
    note(None, (5, 55), "Ask the curator which of the Home Guard items are on long-term loan to us."),
    edit(None, (12, 50), "catalogue/vocab.rkt", "Added 'agricultural tool' and 'trade token' to object types."),
    file(None, (30, 58), "info.rkt",
         "#lang info\n(define collection \"curioshelf\")\n(define deps '(\"base\" \"db-lib\" \"web-server-lib\" \"gregor\"))"),
]

POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=3),
    pool_cmd("git diff --stat", " web/pages.rkt | 14 +++++++-------\n 1 file changed, 7 insertions(+), 7 deletions(-)"),
    pool_cmd("raco test tests/", "raco test: \"tests/accession-test.rkt\"\n...\n96 tests passed", w=2, days=(0, 25)),
    pool_cmd("raco test tests/", "raco test: \"tests/accession-test.rkt\"\n...\n131 tests passed", w=2, days=(26, 33)),
    pool_cmd("raco test tests/", "raco test: \"tests/accession-test.rkt\"\n...\n158 tests passed", w=2, days=(35, 60)),
    pool_cmd("raco test tests/search-test.rkt",
             "--------------------\nFAILURE\nname: check-equal?\nactual: '()\nexpected: '(\"ALHS.2026.014\")\n--------------------\n1/9 test failures",
             exit=1, days=(27, 40)),
    pool_cmd("racket --version", "Welcome to Racket v8.11.1 [cs].", days=(0, 35)),
    pool_cmd("racket --version", "Welcome to Racket v8.14 [cs].", days=(36, 60)),
    pool_cmd("raco make main.rkt", "", w=2),
    pool_cmd("raco fmt -i web/pages.rkt", ""),
    pool_cmd("raco make web/oai.rkt",
             "web/oai.rkt:42:8: record-datestamp: unbound identifier\n  in: record-datestamp",
             exit=1, days=(30, 34)),
    pool_cmd("ssh archivepi sudo systemctl restart curioshelf", "", w=2),
    pool_cmd("ssh archivepi journalctl -u curioshelf -n 5 --no-pager",
             "racket[702]: GET /item/ALHS.2026.014 200\nracket[702]: GET /search?q=lamp 200", days=(27, 60)),
    pool_cmd("sqlite3 catalogue.db '.tables'", "donations  donors  loans  objects  photos"),
    pool_cmd("magick identify photos/2026.031-1.jpg", "photos/2026.031-1.jpg JPEG 4032x3024 8-bit sRGB 3.1MB", days=(0, 26)),
    pool_cmd("rsync -av --delete build/public/ catvps:/srv/catalogue/", "sent 1,204,331 bytes  received 3,118 bytes\ntotal size is 92,440,118", days=(32, 60)),
    pool_cmd("sqlite3 catalogue.db \"select accession, title from objects order by rowid desc limit 2\"",
             "ALHS.2026.118|Tin advertising sign\nALHS.2026.117|Butter pats, pair", days=(27, 60)),
]

QUESTIONS = [
    q("paraphrase", "Why did the brass lamp show up under two different numbers?",
      ["cs-p1-a"], distractors=["cs-p1-d"], note="Double-clicked Save allocated the accession id twice."),
    q("paraphrase", "How come pictures of letters came out sideways on the website?",
      ["cs-p2-a"], distractors=["cs-p2-d"], note="EXIF orientation ignored when making thumbnails."),
    q("paraphrase", "Why did a volunteer's edits to a record vanish overnight?",
      ["cs-p3-a"], distractors=["cs-p3-d"], note="The 02:00 spreadsheet sync overwrote rows changed in the app."),
    q("paraphrase", "Why were some objects listed as on display when they'd been in the store room for years?",
      ["cs-p4-a"], distractors=["cs-p4-d"], note="Blank location defaulted to Gallery on import."),
    q("paraphrase", "Why did the catalogue fill the little computer's card to the brim?",
      ["cs-p5-a"], distractors=["cs-p5-d"], note="Unbounded journald plus a per-request log on the Pi."),
    q("paraphrase", "Why did old postcards appear to have been sent a day earlier than the postmark?",
      ["cs-p6-a"], distractors=["cs-p6-d"], note="Date-only values parsed as midnight UTC and shown in London time."),
    q("paraphrase", "Why could anyone on the internet see donors' home addresses?",
      ["cs-p7-a"], distractors=["cs-p7-d"], note="The public API serialised the whole row including depositor contact."),
    q("command_fact", "How many tests passed in the full suite the day after the county harvest endpoint went in?",
      ["cs-c1-a"], distractors=["cs-c1-d"], keys=["147 tests passed"], note="raco test over tests/ on day 34."),
    q("command_fact", "How many objects are in the catalogue right now?",
      ["cs-c2-a"], distractors=["cs-c2-d"], keys=["6482"], note="sqlite count of objects on day 47."),
    q("command_fact", "How much space do the item pictures take up on the SSD?",
      ["cs-c3-a"], distractors=["cs-c3-d"], keys=["38G"], note="du -sh of the photos folder."),
    q("command_fact", "What local address did the servlet come up on the first time I ran it?",
      ["cs-c4-a"], distractors=["cs-c4-d"], keys=["localhost:8642"], note="serve/servlet startup banner."),
    q("command_fact", "Which gregor commit did we pin the date library to?",
      ["cs-c5-a"], distractors=["cs-c5-d"], keys=["5a1c0b9"], note="info.rkt pin commit."),
    q("command_fact", "What's the earliest datestamp our harvesting endpoint reports?",
      ["cs-c6-a"], distractors=["cs-c6-d"], keys=["1998-03-14"], note="OAI Identify response."),
    q("command_fact", "How long had the history society's little server been up when I checked?",
      ["cs-c7-a"], distractors=["cs-c7-d"], keys=["up 41 days"], null=True, note="uptime on archivepi."),
    q("knowledge_update", "What format do accession numbers use now?",
      ["cs-u1-a"], outdated=["cs-u1-o"], note="2026.14 -> ALHS.2026.014."),
    q("knowledge_update", "How wide are the thumbnails these days?",
      ["cs-u2-a"], outdated=["cs-u2-o1", "cs-u2-o2"], note="320 -> 480 -> 640/240."),
    q("knowledge_update", "Which Racket version does the history society catalogue run on now?",
      ["cs-u3-a"], outdated=["cs-u3-o"], null=True, note="8.11.1 -> 8.14."),
    q("knowledge_update", "How long can a school borrow an object box for now?",
      ["cs-u4-a"], outdated=["cs-u4-o"], note="4 -> 6 weeks."),
    q("knowledge_update", "How often are objects due a condition check now?",
      ["cs-u5-a"], outdated=["cs-u5-o"], note="Yearly -> two years for stable objects."),
    q("knowledge_update", "Where is the public catalogue served from now?",
      ["cs-u6-a"], outdated=["cs-u6-o"], note="archivepi -> read-only copy on the VPS."),
    q("first_attempt", "Where did the catalogue records come from at the very start?",
      ["cs-f1-a"], outdated=["cs-f1-l"], note="The old Excel accessions sheet."),
    q("first_attempt", "How were item pages built originally?",
      ["cs-f2-a"], outdated=["cs-f2-l"], note="Hand-written xexprs before include-template."),
    q("first_attempt", "How did search work at first?",
      ["cs-f3-a"], outdated=["cs-f3-l"], note="LIKE before FTS5."),
    q("first_attempt", "How did donors sign over items originally?",
      ["cs-f4-a"], outdated=["cs-f4-l"], note="Scanned paper transfer-of-title form."),
    q("first_attempt", "Where were object photos kept in the beginning?",
      ["cs-f5-a"], outdated=["cs-f5-l"], note="Pi SD card before the USB SSD."),
    q("first_attempt", "How did the history society first share its records with the county archive?",
      ["cs-f6-a"], outdated=["cs-f6-l"], null=True, note="Quarterly emailed CSV before OAI-PMH."),
    q("paraphrase", "Why did the label printer spit out half-empty stickers?",
      ["cs-p8-a"], distractors=["cs-p8-d"], note="A4 PDF shrunk onto the 62 mm roll."),
    q("paraphrase", "Why did the search miss anything with an apostrophe, like St Mary's?",
      ["cs-p9-a"], distractors=["cs-p9-d"], note="Unquoted ' broke the FTS5 MATCH expression."),
    q("command_fact", "Which phone were the object photos taken with?",
      ["cs-c8-a"], distractors=["cs-c8-d"], keys=["Pixel 7a"], note="exiftool -Model."),
    q("command_fact", "How many object boxes are out on loan right now?",
      ["cs-c9-a"], distractors=["cs-c9-d"], keys=["out|17"], note="loans grouped by status."),
]
