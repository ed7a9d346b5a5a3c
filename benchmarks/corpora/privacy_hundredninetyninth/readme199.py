"""Renders README.md from the generated data and the module tables."""
import enc199
import evasions199
import everyday199
import negatives199
import positional199
import prose199
import vendor199


def _bt(x):
    return "`%s`" % x


def render(data, deny, mres, deny_note):
    sec, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    src = {}
    for r in sec:
        src.setdefault(r["source"], []).append(r)
    n_types = len(set(r["type"] for r in sec))
    n_cont = len(set(r["container"] for r in sec))
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    A = L.append
    A("# privacy_hundredninetyninth (p199) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **music-school, dance-studio and martial-arts dojo developers**: class timetables and term enrolments "
      "(Nuxt / Laravel / Django / FastAPI apps, My Music Staff, Opus1, TeacherZone, Duet Partner, Jackrabbit Class, Akada, "
      "DanceStudio-Pro, Mindbody, Glofox, Zen Planner, Pike13, TeamUp, Momence, Vagaro, bsport, ClassPass), belt-grading and "
      "exam-grade records (Kicksite, Gymdesk, federation licence look-ups, Rails / Spring / Quarkus grading services), instrument "
      "loan registers (ASP.NET, Go, Airtable scripts, RFID tags), recital and showcase ticketing (Ticket Tailor, TicketSource, "
      "Ticketsolve, Eventbrite, EAN-13 ticket barcodes, OBS / YouTube / Twitch / Mux / Vimeo live streams), parent portals and "
      "attendance QR codes (Expo, Flutter, Firebase, ESP32 and Raspberry Pi door scanners, rotating TOTP-based QR codes), "
      "practice-room booking (WordPress plugins, Supabase edge functions, Home Assistant door relays, ESPHome), exam-board "
      "entries (graded music exams, dance-exam portals, Oracle / SQL Server / Db2 back ends), instructor payroll (Xero, "
      "QuickBooks, payroll export scripts) and DBS checks (uCheck, umbrella-body APIs); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (Stripe, GoCardless, Square, SumUp, Zettle, Klarna, Razorpay, "
      "Checkout.com, Recurly, Acuity, SimplyBook.me, Typeform, Twilio, ClickSend, Bird, Brevo, Mailchimp, Mailgun, Klaviyo, "
      "Pusher, Ably, OneSignal, Slack, Discord, Telegram, Intercom, Zendesk, Crisp, OpenAI, Anthropic, Gemini, Groq, Replicate, "
      "Hugging Face, Perplexity, Voyage AI, Pinecone, LangSmith, Spotify, Apple MusicKit, SoundCloud, Dropbox, GitHub, GitLab, "
      "Bitbucket, Vercel, Fly.io, Render, DigitalOcean, Heroku, Supabase, Upstash, Neon, Turso, Sentry, Postman, Linear, Notion, "
      "Airtable, Figma, Shopify, Pulumi, Doppler, Cloudflare, AWS, Backblaze B2, bunny.net, Datadog, Opsgenie, Codecov, Snyk, "
      "SonarQube, CircleCI, Infisical, age, WireGuard, Octopus Deploy); with hard negatives from the same world (enrolment and "
      "register ids, exam centre and candidate numbers, Luhn-checked federation licences, instrument serials and loan tags, "
      "ISMN / ISWC codes with real check digits, EAN-13 ticket barcodes, signed attendance QR payloads, publishable keys, "
      "placeholders, masked values, secret-manager pointers, bcrypt / Argon2id hashes, age / PGP ciphertext, onboarding prose, "
      "`age1` recipients and SSH public keys, image digests and commit SHAs, payment event ids, OAuth client ids and PKCE "
      "challenges, timetable UIDs and room codes). Everything is produced by `build.py` and its modules (`common199.py`, "
      "`everyday199.py`, `vendor199.py`, `positional199.py`, `prose199.py`, `enc199.py`, `dec199.py`, `evasions199.py`, "
      "`negatives199.py`, `checks199.py`, `readme199.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, %d evasions, "
      "%d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the "
      "bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and "
      "compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief199/`."
      % (everyday199.SEED, everyday199.PAIR_SEED, vendor199.SEED, positional199.SEED, prose199.SEED, evasions199.SEED,
         negatives199.SEED, len(mres)))
    A("")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetyninth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief199/` (`README_hundredninetyfourth.md`, p194, scuba-diving / dive-shop / "
      "dive-boat developers; `README_hundredninetysixth.md`, p196, coworking-space / meeting-room / hot-desk booking developers), "
      "used only to learn the file format and what is already covered. No other `/tmp` directory was looked at except the "
      "scratch directory `/tmp/scratch199/` (an extracted copy of the public gitleaks rule file and trial builds). The deny-list "
      "(`common199.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, "
      "also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes "
      "of every `` `code` (Name) `` pair including the spares (%d codes; the pattern also catches `id`, which only makes the "
      "list stricter) and the names and name words of those pairs (%d entries). It is frozen in `brief_names.json`; when "
      "`/tmp/brief199/` exists the build re-extracts it and fails if it differs (this build: %s). Every candidate list was "
      "written after reading the READMEs and the build fails on any overlap. Encodings that the READMEs name only in prose "
      "(octal, binary, Bacon, affine, Atbash, ROT13 / ROT47, Vigenère, Beaufort, Trithemius, Caesar, keyword substitution, rail "
      "fence, columnar transposition, reversal, rotation, pair swaps, odd-even split, boustrophedon, the listed numeral systems, "
      "Base58 / 45 / 36 / 62, Ascii85, uuencode, percent, CSS, `\\u` and quoted-printable escapes, the listed Unicode "
      "look-alike alphabets, zero-width tricks, NATO and other spelling alphabets, element symbols, Unicode names, multi-tap, "
      "decoys, `fromCharCode` / `CHAR(n)`) were avoided by hand. Novelty is checked against these two READMEs only; older "
      "corpora may share vendors, syntaxes, languages or notations."
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))
    A("")
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), len(sec), n_types, n_cont, len(src["everyday"]), len(src["vendor"]), len(src["password"]),
         len(src["prose"]), len(set(r["container"].split("__")[-1] for r in src["prose"]))))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len(set(r["type"] for r in ev)),
                                                                    len(set(r["container"] for r in ev)), len(enc199.ENCODINGS)))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), len(classes)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p199-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p199-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p199-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.")
    A("")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and "
      "unused: %s). Vendor 120 (%d candidates written; the unused tail: %s). Positional passwords %d (%d syntaxes written; set "
      "aside: %s; considered and not written because a command, flag or function name says \"password\": %s). Prose 40 in 40 "
      "languages (spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Values, public neighbours, hidden passwords, evasion plains and "
      "runs drawn through the registry: %d."
      % (", ".join(_bt(x) for x in everyday199.SPARE_CONTAINERS), len(vendor199.V_ALL),
         ", ".join(_bt(x) for x in vendor199.UNUSED), len(src["password"]), len(positional199.S_ALL),
         "; ".join("%s (%s)" % (_bt(k), v) for k, v in positional199.SET_ASIDE.items()),
         ", ".join(_bt(k) for k in positional199.NOT_WRITTEN),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose199.SPARES), len(neg), len(classes), len(sec),
         data["registry_size"]))
    A("")
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a music teachers' Telegram group "
      "export, a senseis' Signal chat, a Zendesk internal note, an OCR'd front-desk sticky note, an Excel CSV export, a fish "
      "history, a PowerShell transcript, a structured JSON log line, a Teams chat, a Freshdesk private note, a Bitwarden JSON "
      "export, `fly secrets set` and `eas secret:create` histories) are labelled.")
    A("- Owner-chosen passwords are a word of this world (violin, cello, sonata, allegro, crescendo, metronome, arpeggio, "
      "nocturne, waltz, tango, ballet, plie, pirouette, barre, foxtrot, karate, judo, kata, kumite, dojo, sensei, obi, kiai, "
      "bokken, taekwondo, tatami, recital, encore, ukulele, clarinet, marimba, soprano, cadenza, pizzicato, rosin, plectrum, "
      "arabesque, glissade, …; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / "
      "digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the owner-chosen vendor "
      "passwords, and the strict `- _ .` form for every plain positional value, every password hidden inside a Base64 "
      "positional value, every prose value and every front-desk iPad evasion plain." % len(__import__("common199").WORLD_WORDS))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, public neighbours, hidden passwords, evasion plains and evasion runs are drawn through one registry that "
      "refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it "
      "contains any registered string of 6+ characters.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring of a positive text has base64url JSON header and payload (checked); the "
      "parent-portal session token is a real HS384 JWT (48-byte HMAC-SHA384 under a discarded key, checked), the Whereby, "
      "Supabase (`role` `service_role`, checked) and Home Assistant tokens real HS256 JWTs, the Apple MusicKit (ES256, with "
      "`kid`) and Turso (EdDSA) tokens JWTs with real JSON and 64 random signature bytes (checked); `ipr_` payroll tokens carry "
      "a real base62 CRC-32 of their body (checked); `tixwh_` secrets are base64url of 32 bytes, TOTP seeds RFC 4648 Base32 of "
      "20 bytes (both checked); the age secret key is real upper-case Bech32 with a valid checksum (checked), the WireGuard key "
      "a clamped Curve25519 scalar (checked), the ESPHome key Base64 of 32 bytes (checked), the Intercom token Base64 of "
      "`tok:…` (checked), the Discord bot token's first part base64url of the numeric bot id (checked); %d vendor values are "
      "checked against a regular expression derived from their generator. The three Base64 positional spans decode to "
      "`user:password` (HTTP Basic), the bare password (SMTP `AUTH LOGIN` second line) and NUL user NUL password (XMPP SASL "
      "PLAIN) and the hidden password is shape-checked; the box-office fixed-width file puts the value in columns %d–%d "
      "(checked). Negatives: Luhn digits of federation licences, EAN-13 digits of ticket barcodes and ISMNs, ISWC check digits "
      "and `age1` Bech32 checksums are real (checked); `ssh-ed25519` keys have the real wire header (checked); the Mapbox `pk.` "
      "token has a real JSON middle (checked); SHA-256 / SHA-1 digests and PKCE challenges are real digests of random bytes."
      % (sum(1 for v in vendor199.V if vendor199.shape_regex(v)), positional199.FIXED_COLS[0], positional199.FIXED_COLS[1]))
    nb = "; ".join("%s: %s" % (v[0], v[4][0]) for v in vendor199.V if v[4])
    A("- Public neighbours are unlabelled: user names, hosts (`*.brightnotes.lan`, `*.kazedojo.internal`, "
      "`*.pliestudio.lan`, `*.brightnotes.example`, `*.example`, private addresses), key names, and ids written next to a "
      "vendor secret (%s) and the user half of a user / password pair." % nb)
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % (positional199.PW_PREFIX, positional199.PW_PREFIX,
                      ", ".join("%s (%s)" % (_bt(v), k) for k, v in positional199.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run equals the plain or if the run would start or end with whitespace.")
    A("")
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[2]) for t in everyday199.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (_bt(c[0]), c[1]) for c in everyday199.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a livestream key in a Home Assistant "
      "secrets file, a TOTP seed in an OBS profile). Key names are the type's key words in the container's own case style: "
      "upper (UPPER_SNAKE), snake, camel, pascal, kebab, dot, spaced (chats, tickets) and title (OCR'd sticky note, CSV cell)."
      % everyday199.PAIR_SEED)
    A("")
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(_bt(v[0]) for v in vendor199.V)
      + ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (_bt(s[0]), s[1]) for s in vendor199.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.")
    A("")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(src["password"]), positional199.PW_PREFIX)
      + ", ".join(_bt(r["type"]) for r in src["password"]) + ".")
    A("")
    A("Prose: someone tells a colleague the password of the studio's front-desk iPad and asks them not to forward it; span "
      "type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is "
      "among the languages or spares of either README (checked: code against the codes and all deny-listed names; name and "
      "each name word against the language names). Scripts: %s. Thai and Lao do not separate words with spaces, so the value "
      "got spaces around it; every value is set off by whitespace on both sides (checked); where a full stop would follow the "
      "value the sentence uses a dash, a copula (Armenian է, Persian است, Urdu ہے, Amharic ነው, Basque da) or a following word."
      % (prose199.TYPE, ", ".join(_bt(f) for f in prose199.FORMATS),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n, _s, _t in prose199.LANGS),
         ", ".join(sorted(set(s for _c, _n, s, _t in prose199.LANGS)))))
    A("")
    A("## Evasion encodings")
    A("")
    A("; ".join("%s = \"%s\"" % (_bt(k), v[1]) for k, v in enc199.ENCODINGS.items()) + ".")
    A("")
    A("Encoders are in `enc199.enc` (the rng only adds noise the decoder ignores: the acrostic filler letters, the exam "
      "candidate numbers and the split of the judges' marks); the decoder `dec199.decode` gets only the encoding name and the "
      "run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: `int(…, 9)`, "
      "`unicodedata.digit` for Bengali digits, Braille code points minus U+2800, a retyped Morse table, a retyped QWERTY "
      "left-shift table, hand-written Base32 and Z85 decoders, first letters of words, NFKC for the bold letters, "
      "regional-indicator arithmetic, removal of U+0336, a retyped turned-letter table, note-name parsing, regular expressions "
      "for the metronome marks, exam marks, seats and Köchel numbers, Ge'ez numeral values summed, integer square roots, "
      "dotted quads, an Esperanto number-word parser and sums of the judges' marks. Every pair was round-tripped on 300 random "
      "plains per notation (all three plain types) while writing; at build time every span is decoded back to its `plain`. "
      "Families: " + "; ".join("%s: %s" % (v[0], _bt(k)) for k, v in enc199.ENCODINGS.items()) + ". Evasion types: "
      + "; ".join("%s (%s)" % (_bt(t[0]), t[1]) for t in evasions199.TYPES) + "; wordings: "
      + ", ".join(_bt(w[0]) for w in evasions199.WORDINGS) + "; container `<encoding>__<wording>`.")
    A("")
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cls, desc, kinds in negatives199.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in neg if r["class"] == cls), ", ".join(_bt(k[0]) for k in kinds), desc))
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives199.WRAPPERS if w[0]) + ".")
    A("")
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and evasion passwords; Base64 positional spans decode to their frame; UUID-shaped "
      "substrings of every text are version 4; every JWT-shaped string in a positive text has base64url JSON header and "
      "payload (session token HS384 with a 48-byte signature, MusicKit / Turso 64-byte signatures, Supabase `service_role`); "
      "`ipr_` CRC-32; `tixwh_`, TOTP seed, DBS secret and stream-key layouts; age Bech32 checksum; WireGuard clamping; "
      "ESPHome, Intercom and Discord frames; %d vendor regexes; fixed-width columns; Luhn, EAN-13, ISMN, ISWC, `age1` Bech32, "
      "`ssh-ed25519` wire header and Mapbox JSON in their negative classes"
      % sum(1 for v in vendor199.V if vendor199.shape_regex(v)))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, positional syntax (without `%s`, "
      "against the names and against the earlier syntax list), evasion encoding and negative class is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; prose languages by code, name and name "
      "words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief199/` exists" % positional199.PW_PREFIX)
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the four sources pairwise disjoint; non-everyday containers "
      "unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
      % (len(mres), sum(1 for _, c in mres if c), len(mres),
         ", ".join("%s (%s)" % (_bt(n), "caught" if c else "MISSED") for n, c in mres)))
    A("")
    A("## Shapes you had to guess")
    A("")
    for prov, head in (("read", "*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; "
                                "nothing copied; every value generated; where the rule gives only a prefix or an alphabet, the "
                                "exact length is mine)"),
                       ("believed", "Believed right from background knowledge (not re-read this session)"),
                       ("guessed", "Guessed (length and alphabet only; most music-school, dance-studio, dojo, exam-board, "
                                   "ticketing and DBS vendors publish no token format the builder knows, so these are "
                                   "recognisable from the key name only)")):
        items = [v for v in vendor199.V if v[3] == prov]
        A(head + ": " + "; ".join("%s (%s%s)" % (_bt(v[0]), v[2], (" – next to it: " + v[4][0]) if v[4] else "")
                                   for v in items) + ".")
        A("")
    A("Also invented or guessed: the everyday prefixes `tixwh_` and `ipr_` (with its CRC-32 tail) and the evasion prefixes "
      "`mdp_` / `ppt-` are invented; the HS384 session token, the Base32 TOTP seed, the 48-character DBS client secret and the "
      "YouTube-style stream key are modelling choices. The grading-tablet pipe roster, loan-scanner TSV, box-office "
      "fixed-width file (columns %d–%d) and practice-room door semicolon file are invented formats of this world. Syntaxes "
      "written from memory, not re-checked: flags and positions of `psql` URIs, `sqlcmd -P`, unixODBC `isql DSN user pw`, "
      "`wpa_passphrase`, `htpasswd -b`, `smbclient //srv/share pw`, `curl -u`, `lftp -u u,p`, `ncftpput -p`, `rclone obscure`, "
      "`7z -p`, `rar -hp`, `mutool clean -p`, `pdftotext -upw`, `psexec -p`, `schtasks /rp`, `net use … pw /user:`, "
      "`mosquitto_pub -P`, `mosquitto_passwd -b`, `nats --server nats://u:p@`, `kinit` from stdin, `ftp -n` `user u p`, "
      "`ipmitool -P`, `nmcli wifi-sec.psk`, `supervisorctl -p`, `jenkins-cli -auth`, `kubectl --from-literal`, `keyctl add "
      "user`, `security unlock-keychain -p`, `hdiutil -stdinpass`, `certutil -p -importpfx`, `passwd --stdin`, `redis-cli -u "
      "redis://:pw@`, `etcdctl --user`, `mc alias set`, `git remote set-url`, `poetry config http-basic`, `mpc -h pw@host`, "
      "`obs-cmd --websocket obsws://host:port/pw`, `yt-dlp -p`, `ConvertTo-SecureString -AsPlainText`, `sqlplus u/p@`, "
      "`db2 connect … using`; the file layouts (davfs2 `secrets`, Exim `passwd.client`, `chap-secrets`, `ipsec.secrets` PSK, "
      "Monit `allow u:p`, NUT `MONITOR`, Nagios `$USERn$`, PgBouncer `userlist.txt`, JDBC Oracle thin `u/p@`, Celery AMQP URL, "
      "django-environ `EMAIL_URL`); the protocol exchanges (HTTP Basic, SMTP `AUTH LOGIN`, XMPP SASL PLAIN, POP3 `PASS`, "
      "NickServ `IDENTIFY`, ESP `AT+CWJAP`, Quectel `AT+QICSGP`, JSON-RPC params, a neutral form post); the library positions "
      "(paramiko `connect`, `ftplib.FTP`, `poplib.pass_`, requests `auth=`, `redis.Redis` fourth positional, pika, cx_Oracle, "
      "python-ldap, keyring, `load_cert_chain`, bcrypt, mysql2 URI, `pbkdf2Sync`, `btoa`, Sequelize, `KeyStore.load`, OkHttp "
      "`Credentials.basic`, `NetworkCredential`, `X509Certificate2`, Go DSN, `SetBasicAuth`, `pkcs12.Decode`, native-tls "
      "`from_pkcs12`, Ruby `basic_auth`, `mysqli_connect`, `imap_open`, Perl DBI and `Net::SMTP->auth`, Dart "
      "`HttpClientBasicCredentials`); the SQL statements (`IDENTIFIED BY`, pgcrypto `crypt`, `sp_addlinkedsrvlogin`); the UI "
      "automation calls (Selenium `send_keys`, WebdriverIO `setValue`, Puppeteer `type`, Robot Framework `Input Text`, Espresso "
      "`typeText`, XCUITest `typeText`, Maestro `inputText`, SikuliX `type`, pyautogui `write`, VBScript `SendKeys`, Selenium IDE "
      "`.side` `type`). Negatives: licence, candidate, ISRC-like and order-number layouts are approximate; bcrypt / Argon2id "
      "strings and age / PGP armour are random bytes in the right frame, not hashes or ciphertexts of anything; `ssh-ed25519` "
      "keys are random 32-byte keys in the real wire header; `age1` recipients are random 32-byte payloads with a real "
      "Bech32 checksum." % positional199.FIXED_COLS)
    A("")
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (timetable admin console, grading-records database, instrument loan register, "
      "parent-portal admin, practice-room kiosk exit, exam-entry portal) and six generated secrets (`tixwh_` ticketing webhook "
      "secret, Base32 attendance TOTP seed, `ipr_` payroll token, DBS client secret, HS384 parent-portal session JWT, recital "
      "livestream key). The TOTP seed and the stream key have no prefix and look like ordinary codes, but each lets anyone mint "
      "valid attendance QR codes or broadcast as the studio, so both are labelled. Key names in everyday files say password / "
      "secret / token / seed / key / jwt – that is how such files look; the telling-key-free cases are in the positional source. "
      "The Kubernetes ConfigMap and the Pulumi stack file hold secrets in places meant for non-secrets (labelled anyway); the "
      "Excel CSV export puts the key in one cell and the value in the next; the JNDI `context.xml` puts it in a `value` "
      "attribute.")
    A("- Vendor: most studio-management, dojo, exam-board, ticketing, sheet-music and DBS vendors publish no token format the "
      "builder knows, so their types are recognisable only from the key name – part of the test. Five vendor types carry "
      "owner-chosen passwords (DanceStudio-Pro sync, the Mindbody staff user, three exam-entry portals); the Klarna shared "
      "secret is generated. Same-shape traps: the Spotify and SoundCloud client ids and the Pusher app key "
      "have the same shape as the labelled secret next to them; the Jackrabbit, Opsgenie, Codecov and Snyk secrets are bare "
      "UUIDv4s (secrets that look like ids) and the Mux token id next to its secret is a UUIDv4 identifier; the Klaviyo "
      "private key starts with `pk_` yet is secret, while Stripe `pk_live_` sits in the negatives; the Twilio `AC…` account SID, "
      "Razorpay `rzp_live_` key id, AWS `AKIA…` id, B2 key id, Xero / QuickBooks / Pike13 / SumUp / Zettle client ids, "
      "Cloudflare account id and OneSignal app id are identifiers and stay unlabelled. The Slack incoming-webhook URL is "
      "labelled whole (the URL is the capability); the Ably key is labelled whole (`appId.keyId:secret` is how it is "
      "issued and used); the Fly.io token is written without its `FlyV1 ` scheme word. The Google Gemini key has the "
      "`AIza` shape shared with browser-restricted Maps keys; here it is a server-side key and labelled. Brands of the earlier "
      "READMEs reappear with other credential kinds (OpenAI project key, Anthropic API key, Stripe secret key and Connect "
      "webhook secret, Square access token, Twilio auth token, Slack bot token, Telegram and Discord bot tokens, Sentry user "
      "token, Doppler personal token, Cloudflare API token, Datadog application key, GitLab PAT, Shopify admin token); only type "
      "names were checked.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `/rp`, `-auth u:p`, `--user "
      "root:p`, `-u u,p`, URL userinfo, positional arguments of `isql`, `smbclient`, `net use`, `htpasswd -b`, "
      "`mosquitto_passwd -b`, `poetry config`, `mc alias set`, `db2 … using`, library call positions, UI typing), unlocks a "
      "file, key or store (`7z -p`, `rar -hp`, `mutool -p`, `pdftotext -upw`, `hdiutil -stdinpass`, `certutil -p`, "
      "`security unlock-keychain`, `KeyStore.load`, `X509Certificate2`, `pkcs12.Decode`, `from_pkcs12`, `load_cert_chain`), "
      "is hashed or derived from a literal (`bcrypt.hashpw`, `pbkdf2Sync`, pgcrypto `crypt`, `rclone obscure` – the literal "
      "is still the clear password), is stored into a secret store (`kubectl create secret`, `keyctl add user`, `keyring`), "
      "is a shared secret (`wpa_passphrase`, `nmcli wifi-sec.psk`, `ipsec.secrets` PSK, `chap-secrets`, ESP `AT+CWJAP`, the "
      "MPD password in `mpc -h pw@host`, the OBS websocket password in the URL path) or sits in a file by position or travels "
      "in a protocol exchange. Weakest kept cases, with a hint of the word nearby: `passwd --stdin` (command name), "
      "`keyring.set_password` (function name), `PSK`, POP3 `PASS`, NickServ `IDENTIFY`, `ConvertTo-SecureString`, "
      "`-upw`, the `unlock` / `login` / `code` column headers of the invented files, the `AUTH LOGIN` prompt "
      "`UGFzc3dvcmQ6` (Base64 of `Password:`, part of the protocol). The three Base64 spans are the whole Base64 token (the "
      "credential on the wire). UI tests use neutral field ids (`f2`). Several ideas repeat the earlier corpora on new tools "
      "(short flags after a user flag, URL userinfo, library call positions, stdin echo, Base64 protocol lines, UI typing); "
      "novelty was checked by name, and obvious near-duplicates were set aside (listed under Scale).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "French, Spanish, Catalan, Dutch, Swedish, Danish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, Ukrainian, "
      "Greek, Turkish, Indonesian, Vietnamese; modest for Basque, Finnish, Estonian, Lithuanian, Latvian, Slovenian, "
      "Hungarian, Belarusian, Albanian, Azerbaijani, Persian, Urdu, Swahili, Irish, Welsh, Thai; low for Georgian, Armenian, "
      "Tamil, Telugu, Lao, Amharic, Somali. Loan words (iPad, айпад, ఐప్యాడ్, پاس ورڈ) are kept as people use them. Persian and "
      "Urdu are right-to-left with the Latin value embedded; the Irish sentence puts the value first (copula-first word "
      "order); Ukrainian and Belarusian set the value between dashes instead of a verb.")
    A("- Evasions: base 9, Bengali digits and Ge'ez numerals are numeral notations; Base32, Z85 and IPv4 dotted quads are "
      "byte notations (a detector that decodes Base32 will see the plain); Morse is a signal code; the QWERTY shift is a "
      "keyboard trick with the key stated; the acrostic keeps every character in view but never two in a row; bold serif "
      "letters fold back under NFKC, while regional indicators, the combining long stroke and turned text do not (U+0336 is "
      "removed by stripping combining marks; turned letters need a table); squares are arithmetic; Esperanto number words are "
      "a spelled form; MIDI note names, metronome marks, exam marks out of 150, recital seats and Köchel numbers are music-world "
      "disguises and the judges' score brackets a dojo-world disguise of code points. Close relatives exist in the earlier "
      "corpora (base 4 / 7 / 20 / 60 next to base 9, Hebrew numerals and superscript digits next to Bengali / Ge'ez, basE91 "
      "and a–p nibbles next to Base32 / Z85, sans-serif italic and italic next to bold serif, Cyrillic look-alikes next to "
      "turned text, English number words next to Esperanto, times-seven next to squares, dive and coworking disguises next "
      "to the music ones); novelty was checked by name against both READMEs and by notion against the encodings they name in "
      "prose.")
    A("- Negatives: enrolment numbers, register and term ids, exam centre / candidate numbers, federation licence numbers, "
      "instrument serials, loan tags, RFID ids, ISMNs, ISWCs, ISRC-like codes, ticket barcodes, payment event ids and "
      "idempotency keys, room codes and timetable UIDs are identifiers (licences, barcodes, ISMNs and ISWCs carry real check "
      "digits); the attendance QR `sig=` field is a truncated MAC output, not a key (arguable: an entropy detector will hit it); "
      "Stripe `pk_live_`, Square `sq0idp-`, the reCAPTCHA site key, Mapbox `pk.`, PostHog `phc_` and the Sentry DSN are public "
      "by design (the DSN is the most arguable); `tixwh_<paste-from-dashboard>`, `ipr_xxxx…`, `xxxx-xxxx-…`, `CHANGE_ME`, "
      "`changeme-N` (arguably a weak real password; treated as a placeholder as in the earlier corpora), empty values and "
      "`${…:?…}` are placeholders; masks carry no value (the `ipr_****` mask and the stream-key bullets keep a 4-character "
      "tail, a trap); `${{ secrets.… }}`, `op://`, `doppler://`, `secretKeyRef` and `sm://` are pointers; bcrypt and Argon2id "
      "strings are one-way hashes (the column is called `password`, a trap); age and PGP armour is ciphertext; `age1` "
      "recipients, SSH public keys, OAuth client ids, `state` values and PKCE code challenges are public; image digests and "
      "commit SHAs are public; the handbook and checklist talk about passwords without one. Random fillers are generated, so "
      "an entropy-only detector will hit them – that is the point.")
    A("")
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief199/` (p194 and p196), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch199/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch199/`), read for the rules behind every vendor type "
      "marked *read this session* above (Stripe, GoCardless, Square, Typeform, MessageBird, Brevo, Mailchimp, Mailgun, Slack "
      "bot tokens and webhooks, Telegram, OpenAI project keys, Anthropic API keys, GCP `AIza` keys, Hugging Face, Perplexity, "
      "GitHub fine-grained PATs, GitLab PATs, Fly.io, DigitalOcean, Heroku v2, Sentry user tokens, Postman, Linear, Notion, "
      "Airtable, Shopify, Pulumi, Doppler, Cloudflare API tokens, Datadog, Snyk, SonarQube, age secret keys, Octopus Deploy, "
      "Twitch, Dropbox). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the "
      "remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    A("")
    return "\n".join(L)
