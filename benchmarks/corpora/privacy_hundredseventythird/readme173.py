"""Renders README.md from the generated data (called twice by build.py and compared)."""
import common173
import everyday173
import enc173
import evasions173
import negatives173
import positional173
import prose173
import vendor173


def _bt(names):
    return ", ".join("`%s`" % n for n in names)


def render(data, frozen, muts, reextracted):
    pos, eva, neg, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    L = []
    A = L.append
    A("# privacy_hundredseventythird (p173) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **equestrian-centre, stable-management and horse-racing developers**: livery and stable-management apps "
      "(feeding charts, farrier and vet visit logs, paddock rotation, yard-office laptops, feed-room noticeboards), horse "
      "passports and microchip registries (UELNs, ISO 11784 transponder numbers, passport-issuing portals, Central Equine "
      "Database style lookups), lesson and arena booking (Mindbody, Bookwhen, SimplyBook.me, Acuity, Calendly), competition "
      "entries and results systems (British Eventing / British Showjumping style entries, ShowGroundsLive, EquiRatings), "
      "racecard and form-data feeds (Weatherbys, The Racing API, Timeform, Racing Post, Equibase, Racing Australia, "
      "Sportradar), tote and betting-exchange integrations for racing clubs (Betfair, Betdaq, Smarkets, Matchbook, a tote "
      "partner API, tote terminal rosters and logon frames), horse-transport tracking (horsebox GPS trackers, Webfleet, "
      "Traccar, Teltonika RMS), stallion-booking and breeding records (stud books, covering certificates, nominations), "
      "yard CCTV and foaling cameras (Hik-Connect, Reolink, RTSP), tack-shop point of sale (Square, Shopify, WooCommerce, "
      "Lightspeed, BigCommerce, eBay, Etsy, Clover, Zettle, SumUp, GoCardless, Stripe, Checkout.com) and accounting (Xero, "
      "QuickBooks, FreeAgent, Sage); plus the commerce, messaging, AI, developer and ops services such developers use "
      "(Twilio, MessageBird, Textlocal, Telegram, Slack, Discord, Mailchimp, Brevo, Resend, MailerSend, Facebook pages, "
      "Vimeo, OpenAI, Anthropic, Google AI Studio, Groq, Hugging Face, Replicate, Perplexity, xAI, Together, Voyage, "
      "Pinecone, GitHub, GitLab, Bitbucket, Vercel, Supabase, PlanetScale, Neon, DigitalOcean, Cloudflare, Fastly, Algolia, "
      "Contentful, Airtable, Notion, Linear, Atlassian, HubSpot, Typeform, Jotform, Postman, Snyk, SonarCloud, Codecov, "
      "HCP Terraform, Pulumi, Datadog, Grafana, Sentry, Azure Storage / Service Bus, AWS, Backblaze B2, hCaptcha, DocuSign, "
      "Google Drive, Microsoft Graph, Met Office DataHub, OpenWeatherMap, Tomorrow.io, what3words, Google Maps); with hard "
      "negatives from the same world. Everything is produced by `build.py` and its modules (`common173.py`, "
      "`everyday173.py`, `vendor173.py`, `positional173.py`, `prose173.py`, `enc173.py`, `dec173.py`, `evasions173.py`, "
      "`negatives173.py`, `checks173.py`, `readme173.py`, frozen deny-list `brief_names.json`): Python 3 standard library "
      "only, fixed `random.Random` seeds (%d everyday, %d vendor, %d positional passwords, %d prose, %d evasions, %d "
      "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief173/`."
      % (everyday173.SEED, vendor173.SEED, positional173.SEED, prose173.SEED, evasions173.SEED, negatives173.SEED, len(muts)))
    A("")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventythird/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief173/` (`README_hundredseventieth.md`, p170, locksmith / "
      "safe-technician / master-key systems; `README_hundredseventyfirst.md`, p171, pool-service / aquatic-centre / "
      "water-park), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch173/` (trial runs and a copy of the public gitleaks rule file, read for token "
      "shapes). The deny-list (`common173.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped (%d "
      "names, of which %d earlier positional syntaxes), plus the code of every `code` (Name) language pair and the codes on "
      "their spare lines (%d codes) and the names and name words of those pairs (%d). It is frozen in `brief_names.json`; "
      "when `/tmp/brief173/` exists the build re-extracts it and fails if it differs (this build: %s). Dropped by the "
      "deny-list on this run: vendor types %d, positional syntaxes %d, languages %d (the candidate lists were written after "
      "reading the READMEs). Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations."
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"]),
         reextracted, len(meta["vendor_dropped"]), len(meta["pos_dropped"]), len(meta["langs_refused"])))
    A("")
    # ------------------------------------------------------------------ files and counts
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), len(by["everyday"]),
         len(by["vendor"]), len(by["password"]), len(by["prose"]), len({r["container"].split("__")[-1] for r in by["prose"]})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |"
      % (len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(frozen["names"]), len(frozen["syntaxes"]), len(frozen["language_codes"]), len(frozen["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p173-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p173-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the "
      "clean secret) and `encoding`; `source` is `evasion`. Negatives (`p173-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    A("")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (46 container functions written, the spare "
      "`livery_symfony_dotenv_local` unused). Vendor %d (%d candidates written, %d dropped by the deny-list, the equestrian / "
      "racing ones first and the weakest-shaped generic ones last; the first %d kept; unused tail: %s). Positional passwords "
      "%d (%d syntaxes written, %d dropped by the deny-list; the weakest or near-duplicate ones were put last and the first %d "
      "kept; unused tail: %s). Prose %d in %d languages (spares unused: %s). Evasions %d = %d × 3. Negatives %d = %d classes × "
      "2 base kinds × 6 presentations. Positives total %d (asked: about 450)."
      % (len(by["vendor"]), len(vendor173.V), len(meta["vendor_dropped"]), vendor173.N_VENDOR, _bt(meta["vendor_tail"]),
         len(by["password"]), len(positional173.SYN), len(meta["pos_dropped"]), positional173.N_POS, _bt(meta["pos_tail"]),
         len(by["prose"]), len(by["prose"]), _bt(meta["langs_spare"]), len(eva), len(enc173.ENCODINGS), len(neg),
         len(negatives173.CLASSES), len(pos)))
    A("")
    # ------------------------------------------------------------------ conventions
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a yard manager's WhatsApp message, "
      "an OCR'd feed-room noticeboard, a livery owner's e-mail to the developer, a racing-club Discord channel, a Trello card, "
      "a Datadog log line, a fish-shell history, a Jupyter cell, a `git diff`, a Bitwarden JSON export, a Zendesk internal "
      "note, a Slack DM) are labelled.")
    A("- Owner-chosen passwords are a word of the horse world (haynet, farrier, paddock, bridle, saddle, stirrup, girth, "
      "martingale, fetlock, withers, canter, gallop, dressage, livery, hoofpick, numnah, snaffle, gelding, filly, yearling, "
      "furlong, steeplechase, oxer, cavaletti, haylage, pelham, surcingle, gymkhana, racecard, silks, jockey, broodmare, "
      "studbook, skewbald, piebald, horseshoe, pastern, startgate, overreach, noseband, …; %d in all; capitalised 45 %% of "
      "the time) + one of `- _ . + ~` + 3–6 lower-case letters / digits + 2 digits (prose and evasion passwords use only "
      "`- _ .`). The build checks this shape (`^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$`) for every everyday password "
      "type, the %d owner-chosen vendor passwords, every non-Base64 positional value and every prose value."
      % (len(common173.WORLD_WORDS), len([v for v in vendor173.V[:vendor173.N_VENDOR] if v["shape"] == "pw"])))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text. Values, "
      "public neighbours, evasion plains and evasion runs are all drawn through one registry that refuses any string in a "
      "substring relation with an earlier one; a negative is redrawn if it contains any positive value, evasion run or plain.")
    A("- Structured values are valid: UUIDs are version 4 (checked in every value and every negative); the everyday tack-POS "
      "client secret is the Base64 of 30 random bytes, the `ewhsec_` body the base64url of 32 bytes, the Azure Storage key "
      "Base64 of 64 bytes and the Service Bus key Base64 of 32 bytes; JWTs (everyday horsebox tracker token, Supabase "
      "service role) are HS256 with a real base64url JSON header and payload and a real HMAC under a key that is thrown away; "
      "the Calendly and Met Office DataHub tokens are RS256-shaped JWTs with real base64url JSON header and payload and a "
      "random 256-byte signature (the build checks the JSON, not the signature); `ghp_` tokens carry a real CRC-32 in their "
      "last six base62 characters (checked); the Discord bot token starts with the base64url of a numeric id; positional "
      "Base64 spans decode to `user:password` (RTSP `Authorization: Basic`, HTTP `Proxy-Authorization: Basic`, Docker "
      "`config.json` `auth`), `\\0user\\0password` (XMPP SASL PLAIN) or the bare password (SMTP `AUTH LOGIN` second "
      "response). Negatives: EAN-13 codes carry real GS1 check digits (checked), tote ticket serials and tracker IMEIs real "
      "Luhn digits, SHA-256 / SHA-1 / MD5 values are real digests of random bytes, the Mapbox `pk.` token has real base64url "
      "JSON, exchange market ids follow the public `1.nnnnnnnnn` pattern.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.yard.internal`, `*.livery.lan`, `*.racingclub.internal`, "
      "`*.stables.lan`, private addresses), SSIDs, key and variable names, account / client / application ids written next "
      "to the secret (Twilio `AC…` SID, WooCommerce `ck_` consumer key, Square `sq0idp-` application id, Xero / Timeform / "
      "ezyVet client ids, Algolia application id, Etsy keystring, BigCommerce store hash, Backblaze key id, DocuSign "
      "integration key, AWS `AKIA…` id, Azure storage account name, Service Bus key name, PlanetScale service-token id, "
      "Mindbody site id, Acuity user id, Betfair / Betdaq / Equibase user names, tote partner id, Facebook page id) and "
      "the user half of a user:password pair.")
    A("- Positional passwords: span type `yardpw_<syntax>`, container `yardpw_<syntax>__<suffix>` where the suffix says "
      "where the line lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional173.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run or if the run would start or end with whitespace.")
    A("")
    # ------------------------------------------------------------------ categories
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday173.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (f.__name__, f.style) for f in everyday173.CONTAINERS)
      + ". Pairing: type = (9·kind + 5·j + ⌊kind/3⌋) mod 12 for the four records j of a kind, so every kind holds four "
      "different types and every type sits in exactly 15 kinds (a horsebox-tracker JWT can sit in a Scrapy settings file, a "
      "tote operator password in an Expo app config). Key names are built from the type's key words in the container's own "
      "case style (UPPER_SNAKE for dotenv, Django / Scrapy settings, `#define`, Compose, CI, ConfigMap, systemd and fish "
      "history; snake_case for Rails credentials, Frigate, TOML, Elixir, Firebase runtime config, Terraform, Ansible, "
      "Pydantic, SQL seeds, Jupyter, Datadog JSON and debug logs; kebab-case for Spring YAML; dot.case for Quarkus "
      "properties; camelCase for node-config, Arduino, Expo, Gradle properties, Helm, Pulumi, Apps Script and Postman; "
      "PascalCase for .NET user secrets, Info.plist, Windows .reg, Delphi INI and PowerShell; spaced words for chats, "
      "e-mail and Trello; Title Words for the OCR'd noticeboard).")
    A("")
    styles = [s.__name__ for s in vendor173.STYLES]
    A("Vendor (%d types, container `<type>__<style>`): %s. Styles (assigned cyclically): %s."
      % (len(by["vendor"]), _bt(r["type"] for r in by["vendor"]), _bt(styles)))
    A("")
    A("Positional passwords (%d syntaxes, span type `yardpw_<syntax>`): %s." % (len(by["password"]), _bt(r["type"] for r in by["password"])))
    A("")
    langs = meta["langs_used"]
    A("Prose: someone tells a colleague the password of the yard office laptop and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them is among the languages "
      "or spares of either README (checked: code, name and each name word against the language entries and all names). "
      "Scripts: Latin, Cyrillic (Bulgarian, Ukrainian, Belarusian, Macedonian), Greek, Georgian, Armenian, Arabic (Persian, "
      "Urdu), Gurmukhi, Tamil, Thai, Lao, Ethiopic. Thai and Lao do not separate words with spaces, so the value got spaces "
      "around it; every prose value is set off by whitespace (checked)."
      % (prose173.TYPE, _bt(prose173.FORMATS), len(langs), ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in langs)))
    A("")
    # ------------------------------------------------------------------ evasions
    A("## Evasion encodings")
    A("")
    A("; ".join("`%s` = \"%s\"" % (k, v) for k, v in enc173.RULES.items()) + ".")
    A("")
    A("Encoders are in `enc173.encode` (Base32 and Ascii85 use `base64.b32encode` / `base64.a85encode(adobe=True)`; the rest "
      "are hand-written; the microchip numbers get six random filler digits from the evasion RNG); the decoder "
      "`dec173.decode` gets only the encoding name and the run and is written separately, without importing the encoders, "
      "`base64` or `binascii`: regular expressions for octal / hex escapes, jockey weights and horse heights, a hand-written "
      "5-bit Base32 reader and base-85 group arithmetic for Ascii85, inverse shifts for Caesar, the affine inverse "
      "(21 mod 26, 7 mod 10), key offsets typed as numbers for Beaufort, column reassembly for the GALLOP transposition, "
      "reversal, re-interleaving for the odd/even split, `ord − 0x2800` for Braille, `unicodedata.name` parsing for the two "
      "mathematical alphabets, `int(…, 2)` / `int(…, 36)` for binary and base 36, bijective base-26 for spreadsheet columns, a "
      "one-key-left walk over retyped keyboard rows, XOR for the hex bytes, the last three digits of each microchip number and "
      "the decimal point removed for the odds. Every pair was round-tripped on 300 random plains per notation (lengths 2–44) "
      "while writing; at build time every span is decoded back to its `plain`. Evasion types: "
      + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions173.TYPES)
      + "; wordings: %s; container `<encoding>__<wording>`." % _bt(evasions173.WORDINGS))
    A("")
    # ------------------------------------------------------------------ negatives
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    counts = {}
    for r in neg:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    for cls, kinds, what in negatives173.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cls, counts.get(cls, 0), _bt(k.__name__ for k in kinds), what))
    A("")
    A("Each base kind appears plain and wrapped %s." % ", ".join("`__%s`" % w.__name__ for w in negatives173.WRAPPERS))
    A("")
    # ------------------------------------------------------------------ checks
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text; "
      "no value, run or plain reused; no value in another record's text; no evasion plain or Base64-hidden password in any "
      "text; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for everyday and vendor password types, non-Base64 positional and prose "
      "values; positional Base64 spans decode to a credential holding such a password; UUID-shaped substrings (values and "
      "negatives) are version 4; JWT-shaped values and every JWT type have base64url JSON header and payload; `ghp_` CRC-32; "
      "Base64 lengths of the tack-POS secret and the `ewhsec_` secret; EAN-13 check digits in the barcode negatives")
    A("- evasions: every span decodes to `plain` with the independent decoder; the stated rule occurs before the run; the "
      "run starts right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never "
      "contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and run")
    A("- deny-list: every container (positives, evasions, negatives), span type, positional syntax (with and without "
      "`yardpw_`), evasion encoding, negative class and presentation label is compared case-insensitively, whole name and "
      "every `__` part, with the frozen deny-list; a positional syntax may not equal an earlier syntax; a prose language may "
      "not have a deny-listed code, name or name word; the frozen `brief_names.json` is compared with a fresh extraction "
      "when `/tmp/brief173/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types and four distinct types per kind; vendor 120 distinct types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes; prose 40 in 40 distinct languages; 66 evasions, "
      "3 per encoding; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, all must be caught: %s"
      % (len(muts), ", ".join("`%s` (%s)" % (m, "caught" if c else "MISSED") for m, c in muts)))
    A("")
    # ------------------------------------------------------------------ shapes
    A("## Shapes you had to guess")
    A("")
    used = vendor173.V[:vendor173.N_VENDOR]

    def group(kind):
        return ", ".join("`%s` (%s)" % (v["name"], v["note"]) for v in used if v["shape"] == kind)
    A("Read for shape this session (public text, nothing copied): the regular expressions of the public gitleaks default "
      "config (`config/gitleaks.toml`), and a public Betfair client's README for the `1.nnnnnnnnn` market-id pattern used in "
      "negatives. Vendor types whose shape follows what was read: " + group("read") + ".")
    A("")
    A("Believed right from background knowledge (not re-read): " + group("known") + ".")
    A("")
    A("Guessed (length and alphabet only, recognisable from the key name): " + group("guess")
      + ". Owner-chosen passwords (the vendor logs in with user / password): "
      + ", ".join("`%s`" % v["name"] for v in used if v["shape"] == "pw") + ".")
    A("")
    A("Everyday prefixes `rcf_live_` (racecard feed key), `ewhsec_` (entries webhook secret), `mcat_` (microchip lookup "
      "token) and the evasion prefix `rck_` are invented. No public token format is known for Betfair app keys or session "
      "tokens, Smarkets, Matchbook, Weatherbys, Timeform, Racing Post, Equibase, Racing Australia, Sportradar, any tote "
      "partner, the Central Equine Database, EquiRatings, British Eventing / Showjumping, ShowGroundsLive, Horsebase, "
      "ezyVet, Provet, Webfleet, Traccar, Teltonika RMS, Mindbody, Bookwhen, SimplyBook.me, Acuity, Lightspeed, "
      "BigCommerce, Clover, Zettle, SumUp, Checkout.com, Xero, QuickBooks, FreeAgent, Sage, Textlocal, Resend, Together, "
      "Voyage, Pinecone, Vercel, Neon, Jotform or DocuSign secrets, so those are guesses. Syntaxes from memory, not "
      "re-checked: `bcp -P`, `smbmap -p`, `ncftpput -p`, `racadm -p`, `schtasks /rp`, `plink -pw`, `db2 connect … using`, "
      "unixODBC `isql DSN user password`, `mc alias set` argument order, `kadmin -w`, `veracrypt -p`, `pdftotext -upw`, "
      "`gst-launch` `user-pw`, `crane auth login -p`, `PQsetdbLogin` / `SQLConnect` / `libssh2_userauth_password` argument "
      "positions, `smbclient.register_session` (smbprotocol) third argument, `FtpClient` (FluentFTP) constructor order, "
      "`sp_addlogin` second parameter, the exim `passwd.client` and davfs2 `secrets` layouts, the sendmail `AuthInfo` "
      "`P:` field, the STOMP `passcode` header. The staff import CSV, the tote terminal roster (tab-separated), the farrier "
      "round fixed-width file (columns 25–48), the entries-sync semicolon export and the tote terminal `LOGON|…` frame are "
      "invented formats of this world. Negatives: UELN database codes, microchip manufacturer prefixes, runner / race id "
      "lengths, membership and licence number formats and tote pool references are approximate.")
    A("")
    # ------------------------------------------------------------------ judgement calls
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (livery portal admin, vet-visit log database, arena booking manager, passport "
      "registry login, tote terminal operator, stud-book portal) and six generated secrets (`rcf_live_` racecard key, "
      "`ewhsec_` entries webhook secret, HS256 horsebox-tracker JWT, 64-hex exchange-bridge HMAC key, Base64 tack-POS "
      "client secret, `mcat_` microchip lookup token). The HMAC key is only hex but signs bet instructions, so it is "
      "labelled. Pairing is cyclic, so some combinations are deliberately \"wrong file\" leaks (a stud-book password in "
      "a Frigate CCTV config).")
    A("- Vendor: most equestrian / racing vendors publish no token format the builder knows, so their types model a "
      "partner / integration secret recognisable only from the key name — that is part of the test. Betdaq, Equibase, "
      "Racing Australia FTP, Stable Secretary, Equine Genie, Hik-Connect and Reolink carry owner-chosen passwords. The "
      "Slack incoming webhook URL is labelled whole because the URL is the credential. `google_maps_server_key` and "
      "`google_ai_studio_api_key` are `AIza` keys labelled because they sit under server-side names, while the Firebase web "
      "`apiKey` (also `AIza`) appears only in negatives as a public-by-design browser key: a detector that flags every "
      "`AIza` will lose on one side. The Bitwarden JSON style has a `password` field even for API keys (that is how such "
      "exports look). The Betfair app key is labelled (it identifies and authorises the application; Betfair treats it as "
      "private) — a scorer may disagree. The Twilio account SID, WooCommerce `ck_`, Etsy keystring and similar halves are "
      "left unlabelled as public neighbours although some vendors ask for them to be kept private too. Some brands of the "
      "earlier READMEs reappear with new credential kinds (`stripe_secret_live_key`, `twilio_sms_auth_token`, "
      "`anthropic_claude_api_key`, `github_classic_pat`, …); only type names were checked.")
    A("- Passwords: labelled when the value logs in (short flags `-p`, `-P`, `-pw`, `/rp`, `-w`, `-A`, glued `-p`, "
      "`lftp -u user,pass`, positional arguments of `net use`, `isql`, `mc alias set`, `wpa_passphrase`, `rclone obscure`, "
      "`htpasswd -b`, `db2 … using`, `sqlplus user/pass@`, `impdp user/pass@`, URL userinfo for wget FTP, redis-cli `-u`, "
      "NATS, Celery AMQP, ffmpeg RTSP, Mercurial, SQLAlchemy, ioredis (empty user), WinSCP scripts, and library call "
      "positions in Python, Node, Go, Java, C#, Ruby, PHP, Perl, Rust, C, PowerShell, Arduino and SQL), protects a file or "
      "key (`openssl enc -k`, `-passout pass:`, `7z -p`, `ssh-keygen -N`, `apksigner --ks-pass pass:`, `veracrypt -p`, "
      "`pdftotext -upw`, `zipfile.setpassword`, `KeyStore.load`, `X509Certificate2`, `pgp_sym_encrypt`, `AES_ENCRYPT`), is a "
      "shared secret (SNMPv3 auth passphrase, pysnmp community, CHAP secret, IPsec PSK, Arduino OTA / Wi-Fi), sits in a file "
      "by position (CHAP secrets, ipsec.secrets, exim `passwd.client`, davfs2 secrets, Nagios `$USERn$` macro, sendmail "
      "`AuthInfo`, Docker `config.json` `auth`, a ppp chat script, the four invented yard formats) or travels in a protocol "
      "exchange (FTP `PASS`, SMTP `AUTH LOGIN` Base64, XMPP SASL PLAIN, RTSP and proxy Basic headers, IRC `PASS`, STOMP "
      "`passcode`, the tote `LOGON` frame) or is typed by automation (Puppeteer, WebdriverIO, VBScript `SendKeys`, Robot "
      "Framework, pywinauto, expect, pexpect, `chpasswd`, `vncpasswd`, `sshfs -o password_stdin`, `podman login "
      "--password-stdin`, `pass insert`, an `openssl -passin stdin` here-string, an `ftp -n` here-document). `-upw`, "
      "`user-pw`, `passcode`, `PASS`, `Input Password`, `password_stdin`, `--password-stdin`, `set_password` and "
      "`chpasswd` keep a hint of the word; they are the weakest positional cases. Several ideas repeat earlier corpora on "
      "new tools (URL userinfo, library call positions, stdin echo, Base64 protocol lines); novelty was checked by name, "
      "not by signature.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "English, French, Spanish, Catalan, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, Romanian, Bulgarian, "
      "Ukrainian, Greek, Turkish, Indonesian, Vietnamese; modest for Basque, Finnish, Estonian, Latvian, Lithuanian, "
      "Slovenian, Hungarian, Belarusian, Macedonian, Azerbaijani, Persian, Urdu, Swahili, Welsh, Irish; low for Georgian, "
      "Armenian, Punjabi, Tamil, Thai, Lao, Amharic. Loan words (`laptop`, `ლეპტოპ`, `ਪਾਸਵਰਡ`, `پاس ورڈ`) are kept as people "
      "use them. The Ukrainian and Belarusian sentences introduce the value after a colon.")
    A("- Evasions: octal and `\\x` escapes, Base32 and Ascii85 are developer encodings; Caesar-7, the affine cipher and "
      "the FARRIER Beaufort cipher are ciphers with their key stated; the GALLOP columnar transposition, whole reversal, "
      "the odd/even split and the QWERTY shift are positional or keyboard tricks; eight-dot Braille and the mathematical "
      "sans-serif bold and bold italic alphabets are Unicode look-alike blocks; binary, base 36 and spreadsheet column "
      "names are numeral systems; microchip numbers, jockey weights, decimal odds and horse heights are horse-world "
      "disguises of code points. Close relatives exist in the earlier corpora (ROT13, Vigenère, rail fence, swapped "
      "halves, monospace and circled forms, world-specific number disguises); novelty was checked by name only. The "
      "letter-only alphabets leave - _ . unchanged, so the runs keep those characters.")
    A("- Negatives: UELNs, microchip numbers, racecard / runner / meeting ids, exchange market and selection ids, tote "
      "tickets, membership and entry numbers, vet batch numbers and invoices, EAN-13 barcodes, IMEIs and plates, covering "
      "certificates and nominations are identifiers; SHA-256 / SHA-1 / MD5 values are digests; Stripe `pk_live_`, the "
      "reCAPTCHA site key, Mapbox `pk.` and the Firebase web `apiKey` are public by design; masked values keep at most a "
      "four-character tail (one keeps the invented `rcf_live_` prefix, a trap); `<your-…>`, empty values, `CHANGE_ME`, "
      "`YOUR_APP_KEY`, `$SESSION_TOKEN` and `${…:?…}` are placeholders; Docker `_FILE` paths, `${{ secrets.X }}` and Secrets "
      "Manager ARNs are pointers; age and OpenPGP armour is ciphertext; bcrypt and Argon2id strings are one-way hashes "
      "(sensitive, not usable credentials; the Argon2 JSON field is named `password`, a trap); the WhatsApp thread and the "
      "IT-policy paragraph talk about passwords without one. The card tail and authorisation code on the till receipt are "
      "not secrets. Random fillers are generated, so an entropy-only detector will hit them — that is the point.")
    A("")
    # ------------------------------------------------------------------ sources
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief173/` (p170 and p171), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch173/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "`config/gitleaks.toml` of `gitleaks/gitleaks` (snapshot brought in by the search tool's `fetch` into its own mirror "
      "directory, extracted with `git show` into `/tmp/scratch173/` and grepped for the rules of Square, Shopify, Mailchimp, "
      "Sendinblue / Brevo, GoCardless, Stripe, Airtable, Typeform, Postman, Contentful, Linear, Atlassian, Hugging Face, "
      "PlanetScale, DigitalOcean, Pulumi, HCP Terraform, Grafana service accounts, GitHub, GitLab, OpenAI, Anthropic, "
      "Telegram, Slack bot tokens and webhooks, Facebook page tokens, Mapbox, GCP `AIza`, Fastly, Cloudflare, Algolia, "
      "Sentry, Perplexity, Notion, MessageBird, Snyk, Sonar, Etsy, Discord, Twitter bearer, Codecov, HubSpot, Datadog, "
      "Heroku, Fly.io, Twilio, Microsoft Teams and Azure AD client secrets, and the generic JWT rule); and one `docs` "
      "search of the search tool about the Betfair Exchange API login (public client READMEs and R package pages showing "
      "the app-key / session-token flow and a `1.176…` market id). Kingfisher, Betterleaks, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked "
      "above as believed or guessed.")
    A("")
    return "\n".join(L)
