"""Renders README.md from the generated data (deterministic)."""
from collections import Counter

import common218

import enc218
import everyday218
import evasions218
import negatives218
import positional218
import prose218
import vendor218


def bt(x):
    return "`" + x + "`"


def render(d, deny, deny_status, muts):
    S, V, N = d["secrets"], d["evasions"], d["negatives"]
    src = Counter(r["source"] for r in S)
    ncls = Counter(r["class"] for r in N)
    out = []
    w = out.append
    w("# privacy_twohundredeighteenth (p218) \u2013 held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **dog-training, agility-club and canine-hydrotherapy developers**: class and puppy-course bookings "
      "(Laravel, Rails, AdonisJS, NestJS and SvelteKit booking sites, Gingr, PetExec, Time To Pet, Revelation Pets, "
      "SimplyBook.me, Bookwhen, Setmore, Bookeo, a Google Sheets class-pass export), agility run timings and faults "
      "(a .NET user-secrets timing service, Rust and Go result services, Dynaconf, an `art_` timing-gate token with a "
      "real Adler-32 tail, results tables and live scoreboards as negatives), competition entries and ring cards "
      "(Flask and Micronaut ring-card printers, WordPress, Drupal and Strapi entry sites, AgilityNet, ring-card CSVs, "
      "running orders as negatives), hydrotherapy session notes and vet referrals (Spring and Laminas notes services, "
      "HAPI FHIR and Mule referral gateways, a real HS512 referral JWT, an age backup identity with a real Bech32 "
      "checksum, ezyVet, Provet Cloud, Vetstoria, a Reolink pool camera, Tuya pool devices), vaccination and microchip "
      "checks (Celery reminders, Deno and Wrangler chip-lookup services with a Crockford mod-37 check symbol, Petlog, "
      "microchip numbers, vaccine batches and pet passports as negatives), trainer rotas and field hire (Apps Script, "
      "Power Automate, Supabase and Firebase functions, a WireGuard key of the field-gate controller, RotaCloud, "
      "Tractive, Ordnance Survey), pay-as-you-go class passes (Android, iOS and React Native apps, a Standard Webhooks "
      "`whsec_` signing secret, Luhn-checked class-pass cards as negatives), kennel club registrations (Dancer2 and "
      "nginx desk services, The Kennel Club online services, registration and ATC numbers as negatives); plus the "
      "commerce, messaging, AI, developer and ops services such developers use (Square, Stripe restricted keys and "
      "webhook secrets, PayPal, Mollie, Razorpay, Lemon Squeezy, Paddle, WooCommerce, Wix, Eventbrite, Zoho Books, "
      "SendGrid, Resend, MailerLite, MailerSend, Postmark, Mailjet, Mandrill, Brevo SMTP, Vonage, Plivo, ClickSend, "
      "Twilio API keys, WhatsApp Cloud, Telegram, Discord and Teams webhooks, Pusher, Ably, FCM, OpenAI and Anthropic "
      "admin keys, Mistral, Cohere, DeepSeek, xAI, ElevenLabs, AssemblyAI, OpenRouter, Hugging Face, fal, Langfuse, "
      "GitHub App and OAuth secrets, GitLab runner and trigger tokens, Atlassian, Bitbucket, Azure DevOps, Docker Hub, "
      "PyPI, NuGet, crates.io, Terraform Cloud, Netlify, Supabase, PlanetScale, MongoDB Atlas, Railway, Cloudflare "
      "global / Origin CA / Turnstile, Vault, Grafana, New Relic, PagerDuty, Sentry org tokens, PostHog, LaunchDarkly, "
      "ngrok, Tailscale auth keys, Bitwarden Secrets Manager, Mapbox, Google Maps server keys, reCAPTCHA and hCaptcha "
      "secrets, Linear, Asana, ClickUp, monday.com, Trello, Figma, Contentful, Sanity, Ghost, Algolia, ImageKit, n8n, "
      "Calendly, Google OAuth, Gmail app passwords, Entra ID, Azure Communication Services and Service Bus, "
      "DigitalOcean Spaces, TheDogAPI, Petfinder); with hard negatives from the same world (ring numbers and running "
      "orders, microchip numbers, kennel-club and ATC numbers, vaccine batches, pet passports, RCVS and invoice "
      "numbers, results tables, Luhn-checked class-pass cards, GS1 SSCC pallet codes, publishable and site keys, age "
      "recipients and WireGuard public keys, placeholders, masked logs, secret-store references, Django and Werkzeug "
      "hashes, sops and Ansible Vault ciphertexts, password-advice prose, git / image digests, ULIDs and KSUIDs, "
      "per-delivery webhook signatures). Everything is produced by `build.py` and its modules (`common218.py`, "
      "`everyday218.py`, `vendor218.py`, `positional218.py`, `prose218.py`, `enc218.py`, `dec218.py`, "
      "`evasions218.py`, `negatives218.py`, `checks218.py`, `readme218.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (21801 everyday values, 21811 everyday pairing, "
      "21802 vendor, 21803 positional passwords, 21804 prose, 21805 evasions, 21806 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL "
      "files, runs every check and %d mutation tests, renders this README from both generations and compares it, and "
      "only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief218/`.\n" % len(muts))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredeighteenth/`) was created (with `mkdir -p`) and written; the only "
      "listings made there were `ls -la` of this directory itself (right after creating it and after the final build); its parent's contents were never listed "
      "or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run "
      "there. The only project material read were the two READMEs in `/tmp/brief218/` "
      "(`README_twohundredfifteenth.md`, p215, upholstery / furniture-restoration / antique-dealer developers; "
      "`README_twohundredsixteenth.md`, p216, model-railway / hobby-shop / radio-control club developers), used only "
      "to learn the file format and what is already covered. No other `/tmp` directory was looked at except the "
      "scratch directory `/tmp/scratch218/` (trial builds written to `/tmp/scratch218/out`). No external search or "
      "fetch was made this session. The deny-list (`common218.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional "
      "syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the "
      "pattern also catches `id` and `alg`, which only makes the list stricter) and the names and name words of those "
      "pairs (%d, with harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief218/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Encodings, syntaxes, languages and negative ideas that "
      "the two READMEs name only in prose were avoided by hand as well. Novelty is checked against these two READMEs "
      "only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ---------------------------------------------------------------- files and counts
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w(f"| `secrets.jsonl` | {len(S)} | {len(S)} | {len({r['type'] for r in S})} | {len({r['container'] for r in S})} | "
      f"everyday {src['everyday']}, vendor {src['vendor']}, positional-password {src['password']}, prose {src['prose']} in {src['prose']} languages |")
    w(f"| `evasions.jsonl` | {len(V)} | {len(V)} | {len({r['type'] for r in V})} | {len({r['container'] for r in V})} | "
      f"{len(enc218.ENCODINGS)} encodings \u00d7 3 |")
    w(f"| `negatives.jsonl` | {len(N)} | \u2013 | \u2013 | {len({r['container'] for r in N})} | {len(ncls)} classes |")
    w("| `README.md` | \u2013 | \u2013 | \u2013 | \u2013 | rendered by `build.py` |")
    w(f"| `brief_names.json` | \u2013 | \u2013 | \u2013 | \u2013 | frozen deny-list (`source`, `files`, `names` {len(deny['names'])}, "
      f"`syntaxes` {len(deny['syntaxes'])}, `language_codes` {len(deny['language_codes'])}, `language_names` {len(deny['language_names'])}) |\n")
    w("Schema (same as the earlier corpora): positives `id` (`p218-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p218-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. "
      "Negatives (`p218-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point "
      "offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    cls_count = Counter(s[1] for s in vendor218.KEPT)
    w("**Scale.** Everyday 180 = 12 types \u00d7 45 kinds, 4 records per kind (each type in 15 records; spare kinds "
      "written down and unused: " + ", ".join(bt(k) for k in everyday218.SPARE_KINDS) + "). Vendor 120 ("
      f"{len(vendor218.SPECS)} candidates coded; set aside: " +
      "; ".join(f"{bt(k)} ({v})" for k, v in vendor218.SET_ASIDE.items()) +
      "; considered and not coded: " + "; ".join(f"{bt(k)} ({v})" for k, v in vendor218.NOT_CODED) + "). "
      f"Positional passwords {src['password']} (by where the text lives: " +
      ", ".join(f"{k} {v}" for k, v in sorted(Counter(s[1] for s in positional218.SYN).items())) +
      "; considered and set aside: " + "; ".join(f"{bt(k)} ({v})" for k, v in positional218.SET_ASIDE.items()) +
      "). Prose 40 in 40 languages (spares written down and unused: " +
      ", ".join(f"{bt(c)} ({n})" for c, n in prose218.SPARES) + f"). Evasions 66 = 22 \u00d7 3. Negatives {len(N)} = "
      f"{len(ncls)} classes \u00d7 2 base kinds \u00d7 5 presentations. Positives total {len(S)} (asked: about 450). "
      f"Strings drawn through the registry (values, vendor neighbours, Base64 runs, evasion plains and runs): {d['registry_size']}.\n")

    # ---------------------------------------------------------------- conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a Slack thread, "
      "a Teams chat export, a Jira comment, a GitHub issue comment, a whiteboard OCR, a Google Sheets CSV, zsh history, "
      "a Windows batch file, a Signal group paste, a helpdesk internal note, a Bitwarden JSON export, `railway variables "
      "--set`, `gh secret set`) are labelled.")
    w("- Owner-chosen passwords are a word of this world (" + ", ".join(common218.DOG_WORDS[:32]) +
      f", \u2026; {len(common218.DOG_WORDS)} in all, letters only; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3\u20135 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use "
      "only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password "
      f"types and the {cls_count['owner']} owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password hidden inside a "
      "Base64 positional value, every prose value and every hall-PC evasion plain.")
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in "
      "no negative; no evasion plain and no Base64-hidden password appears in any text. Values, varying vendor "
      "neighbours, Base64 runs, evasion plains and runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any "
      "registered string of 6+ characters or a string of the strict password form, and the build fails if one does.")
    w("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every "
      "JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature length "
      "that fits its `alg` (HS256 32, HS512 64, RS256 256 bytes; checked): the vet-referral token is a real HS512 JWT, "
      "Supabase service-role, monday.com, n8n and Calendly tokens real HS256 JWTs (HMACs under discarded keys), the "
      "Lemon Squeezy, MailerLite and Wix (`IST.`) tokens RS256-shaped (real JSON, random signature). `art_` tokens end "
      "in the real Adler-32 of their body, `mcl_` keys in the real Crockford Base32 mod-37 check symbol, the age "
      "identity carries a real Bech32 checksum over 32 bytes, the WireGuard private key is 32 bytes with Curve25519 "
      "clamping, the `whsec_` class-pass secret is Base64 of exactly 32 bytes (all checked). The Grafana Cloud, Sentry "
      "org and Mapbox secret tokens carry real (base64) JSON; all 120 vendor values are checked against a regular "
      "expression written next to their generator. The Docker `auths` value decodes to `user:password`, the SMTP "
      "`AUTH PLAIN` value to NUL user NUL password, both with a strict-form password (checked); the field-hire gate "
      "sheet puts the value in columns 41\u201360 (checked). Negatives: Luhn check digits of the class-pass cards, "
      "GS1 check digits of the SSCCs and Bech32 checksums of the age recipients are real (checked); SHA-1, SHA-256 and "
      "SHA-512 digests and webhook HMACs are real over random bytes; Django / Werkzeug hash bodies, sops and Ansible "
      "Vault bodies are random in the right alphabet.")
    nbs = [(s[0], s[5][0]) for s in vendor218.KEPT if s[5]]
    w("- Public neighbours are unlabelled: user names, hosts (`*.barkfield.lan`, `*.hollybankdogs.lan`, "
      "`*.aquapaws-hydro.example`, `*.clearround-agility.example`, `*.steadyrecall.example`, private addresses), key "
      "names, and ids written next to a vendor secret (" + "; ".join(f"{t}: {n}" for t, n in nbs) +
      ") and the user half of a user / password pair.")
    w("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): " +
      ", ".join(f"{bt(s)} ({c})" for s, c in vendor218.STYLES) + ". Key names are the vendor type's words in the "
      "style's case; the Bitwarden export puts the type name in `name`, the neighbour in `username` and the secret in "
      "`password`.")
    w("- Positional passwords: span type `pawpw_<syntax>`, container `pawpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: " + ", ".join(f"{bt(v)} ({k})" for k, v in positional218.SUFFIX.items()) + ".")
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would "
      "appear inside its own run, if the run equals the plain, if the run would start or end with whitespace or if "
      "the registry refuses it.\n")

    # ---------------------------------------------------------------- categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join(f"{bt(t)} ({desc})" for t, _k, _c, desc in everyday218.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join(f"{bt(n)} ({s})" for n, s, _ in everyday218.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 21811) of "
      "the 12 types and deals four consecutive types to each kind, so every kind holds four different types and every "
      "type sits in exactly 15 records (checked); secrets therefore also land in implausible places (an age identity "
      "in a Laravel services file, a WireGuard key in a Teams chat). Key names are the type's key words in the "
      "container's own case style: upper, snake, camel, pascal, kebab, dot, spaced (chats, tickets, issues) and title "
      "(OCR, CSV cells).\n")
    w("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(s[0]) for s in vendor218.KEPT) + ".\n")
    w(f"Positional passwords ({src['password']} syntaxes, span type `pawpw_<syntax>`): " +
      ", ".join(bt(positional218.PFX + s[0]) for s in positional218.SYN) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` "
      "prefix; checked).\n")
    w(f"Prose: someone tells a colleague the password of the training-hall office PC and asks them not to forward it; "
      f"span type `{prose218.TYPE}`; container `<format>__<iso639-3>`; formats " +
      ", ".join(bt(f) for f in prose218.FORMATS) + " (cyclic). Languages (40): " +
      ", ".join(f"{bt(c)} ({n})" for c, n, *_ in prose218.LANGS) +
      ". None of them or the spares is among the languages of either README (checked: code against the codes and all "
      "deny-listed names; name and each name word against the language names). Scripts: " +
      ", ".join(sorted({s for _, _, s, _ in prose218.LANGS})) +
      ". Japanese, Mandarin, Khmer, Lao, Burmese and Korean got spaces around the value (they do not separate words "
      "that way); Hebrew and Arabic are right-to-left with the Latin value embedded; Hindi, Marathi, Gujarati, "
      "Malayalam, Tigrinya and West Central Oromo put the copula after the value; every value is set off by whitespace "
      "on both sides (checked).\n")

    # ---------------------------------------------------------------- evasions
    w("## Evasion encodings\n")
    w("; ".join(f"{bt(n)} = \"{rule}\"" for n, _f, rule in enc218.ENCODINGS) + ".\n")
    w("Families: " + "; ".join(f"{f}: {bt(n)}" for n, f, _r in enc218.ENCODINGS) + ".\n")
    w("Evasion types: " + "; ".join(f"{bt(t)} ({desc})" for t, _w, desc, _g in evasions218.TYPES) + "; wordings: " +
      ", ".join(bt(x[0]) for x in evasions218.WORDINGS) + " (container `<encoding>__<wording>`; each encoding appears "
      "once per type and once per wording).\n")
    w("Encoders are in `enc218.enc` (the rng only adds noise the decoder ignores: dog names of the weigh-in, vaccine "
      "names, course numbers, and the shuffled order of the numbered scatter); the decoder `dec218.decode` gets only "
      "the encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, "
      "`binascii`, `codecs` or `unicodedata`, with every table retyped: a subtractive Roman reader, negabinary place "
      "values, code-point offsets of the Ol Chiki, Meetei Mayek and segmented-digit blocks, keycap stripping, a German "
      "compound-number parser (`und`, `hundert`), an Esperanto word-value sum, a uudecoder, a Bubble Babble decoder "
      "that verifies the running checksum, a proquint reader, a residue search for the Chinese remainder form, a "
      "running sum, the pair swap, a position sort, the inverse QWERTY shift, note-name arithmetic, exact "
      "fraction-times-128, month-length arithmetic for the 2026 day of year and regular expressions plus arithmetic "
      "for the four world disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length "
      "2\u201344 per encoding while writing (0 failures), and the Bubble Babble encoder reproduces the published "
      "vector `xesef-disof-gytuf-katof-movif-baxux` for `1234567890`; at build time every span is decoded back to its "
      "`plain` (checked).\n")
    w("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word "
      "language, look-alike block, cipher, positional order, arithmetic disguise, barcode, machine representation, "
      "invisible-character trick and world disguise named there (among them bases 3\u201314, 20, 36, 60, balanced "
      "ternary, the factorial base, Gray code, Zeckendorf, packed BCD, EBCDIC, IEEE 754, DNA letters, POSTNET, CSS "
      "colours, Tibetan, Kayah Li, Balinese, Osmanya, Adlam, Javanese and Lao digits, superscripts, French, Latin, "
      "Czech, Portuguese, Polish and Danish number words, Hebrew and Armenian numerals, Unicode names, A1Z26, element "
      "symbols, keyword and XOR ciphers, affine, Vigen\u00e8re-family, Polybius and rail-fence ciphers, Josephus, "
      "boustrophedon, odd / even, fold, columnar and reversal orders, prime factors, Cantor pairs, squares, products "
      "and sums, tag characters, variation selectors, upside-down text, Morse, NATO, Braille, multi-tap and HTML / "
      "percent / octal escapes). Close relatives remain and a scorer may count them as the same idea: negabinary next "
      "to the earlier positive bases, Ol Chiki and Meetei Mayek next to the earlier digit blocks, segmented and keycap "
      "digits next to the earlier look-alike digits, German and Esperanto next to the earlier number-word languages, "
      "uuencode next to Base64-family encodings, Bubble Babble and proquints next to other byte-to-word encodings, the "
      "Chinese-remainder, running-difference and fraction forms next to the earlier arithmetic disguises, the pair "
      "swap and numbered scatter next to the earlier positional tricks, the QWERTY shift next to substitution "
      "ciphers, MIDI note names next to the earlier code disguises, and the four world disguises next to the earlier "
      "world disguises.\n")

    # ---------------------------------------------------------------- negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |")
    w("|---|---|---|---|")
    for cname, desc, kinds in negatives218.CLASSES:
        w(f"| `{cname}` | {ncls[cname]} | " + ", ".join(bt(k[0]) for k in kinds) + f" | {desc} |")
    w("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + x[0]) for x in negatives218.WRAPPERS) + ".\n")

    # ---------------------------------------------------------------- checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one "
      "span per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each "
      "value occurs exactly once in its text and nowhere else in any text; no value reused; no positive value or "
      "evasion plain in any negative; no Base64-hidden password visible anywhere; no slot marker, NUL, `\u00a7` or "
      "`PRIVATE KEY`; prose values set off by whitespace")
    w("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form "
      "for positional (plain and Base64-hidden), prose and hall-PC evasion passwords; `art_` Adler-32; `whsec_` "
      "Base64 of 32 bytes; HS512 referral JWT; `mcl_` Crockford mod-37 symbol; age identity Bech32 checksum and "
      "32-byte payload; WireGuard clamping; 120 vendor regexes plus the embedded JSON of the Grafana Cloud, Sentry org "
      "and Mapbox tokens; field-hire gate columns 41\u201360; UUID-shaped substrings of every text are version 4; "
      "every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature length "
      "that fits its `alg`; negatives: Luhn, SSCC check digits, age-recipient Bech32, and no string of the strict "
      "password form")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and "
      "a newline and is followed by a newline and a remark; plain alphabet and shape; the run never contains its plain "
      "and never equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings \u00d7 3, "
      "once per type and wording")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, \u2265 16 classes, \u2265 180 records")
    w("- deny-list: every container (positives, evasions, negatives \u2013 so every vendor style, password suffix, "
      "prose format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative "
      "class, spare kind, style, suffix, format, wording, wrapper and set-aside name is compared case-insensitively, "
      "whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `pawpw_`) also "
      "against the earlier syntax list; prose languages and spares by code, name and name words; `brief_names.json` "
      "is compared with a fresh extraction when `/tmp/brief218/` exists")
    w("- counts: everyday 180 = 45 kinds \u00d7 4 with 12 types \u00d7 15 and four different types per kind; 120 "
      "distinct vendor types with containers `<type>__<style>`; 95\u2013120 distinct password syntaxes, one record "
      "each; 40 prose records in 40 distinct languages; 66 evasions (22 \u00d7 3); positives 440\u2013470; span types "
      "of the four sources pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w(f"- {len(muts)} mutation tests on deep copies, each must add an error the clean data does not have (this run: "
      f"{sum(c for _, c in muts)}/{len(muts)}): " +
      ", ".join(f"{bt(n)} ({'caught' if c else 'MISSED'})" for n, c in muts) + "\n")

    # ---------------------------------------------------------------- shapes
    w("## Shapes you had to guess\n")
    w("No shape was looked up this session (no search, no fetch, no rule file, no vendor page); every shape comes from "
      "the builder's memory of public rule sets and vendor documentation and is marked below as believed or guessed "
      "(or invented, for this world's own formats).\n")
    for label, key in [("Believed right from background knowledge (not re-read this session)", "believed"),
                       ("Guessed (length and alphabet only; many dog-world, booking and small SaaS vendors publish no "
                        "token format the builder knows, so these are recognisable from the key name only)", "guessed"),
                       ("Owner-chosen passwords (the portal or device is unlocked with a password the club picked)",
                        "owner")]:
        items = [s for s in vendor218.KEPT if s[1] == key]
        w(f"*{label}* ({len(items)}): " + "; ".join(
            f"{bt(s[0])} ({s[2]}" + (f" \u2013 next to it: {s[5][0]}" if s[5] else "") + ")" for s in items) + ".\n")
    w("Also invented or guessed: the everyday layouts `art_` (Adler-32 tail) and `mcl_` (Crockford check symbol) are "
      "invented; the Standard Webhooks `whsec_` secret, the HS512 referral JWT, the age identity (HRP "
      "`age-secret-key-`, upper-cased Bech32 as `age-keygen` prints it, remembered and not re-checked against the age "
      "spec) and the WireGuard key are real formats; the evasion prefixes `hsc_` / `kdt-` are invented. The ring-card "
      "CSV (sixth column `scorer_gate`), puppy-class TSV (`door_phrase`), pool-laptop pipe file (`unlock`), field-hire "
      "gate fixed-width sheet (columns 41\u201360, header `GATE CODE PHRASE`), trainer-rota semicolon file "
      "(`laptop_unlock`) and kennel-desk JSON array are invented formats of this world. Syntaxes are written from "
      "memory, not re-checked (among them `mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, `smbclient -U u%p`, "
      "`rdesktop -p`, `xfreerdp /p:`, `sshpass -p`, `curl -u`, `http -a`, `ab -A`, `zip -P`, `unzip -P`, `7z -p`, "
      "`openssl enc -k`, `mutool draw -p`, `snmpwalk -A`, `snmpget -c`, `ldapsearch -w`, `isql-fb -p`, `tsql -P`, "
      "`winrs -p:`, `net user`, `winscp.com open`, `emqx_ctl admins add`, `ejabberdctl register`, `mosquitto_ctrl "
      "dynsec createClient -p`, `sudo -S`, `chpasswd`, `keepassxc-cli` here-string, `cryptsetup --key-file=-`, "
      "`nmcli --ask`, `SSH_ASKPASS`, `plink -batch` with a piped value; the library positions; the file layouts "
      "(`.pgpass`, `.git-credentials`, OpenVPN `auth-user-pass`, stunnel PSK, dovecot `{PLAIN}`, lighttpd plain, "
      "vsftpd virtual users, Docker `auths`); the protocol forms (IMAP `LOGIN`, SMTP `AUTH PLAIN`, AMQP Start-Ok "
      "`PLAIN`, Redis inline `AUTH`, NickServ `IDENTIFY`, ESP `AT+CWSAP`, `wpa_cli set_network psk`, the Wireshark "
      "SNMP `community` line); the UI calls; the SQL forms). Negatives: kennel-club, ATC, pet-passport, AHC, RCVS and "
      "invoice layouts are approximate; the Turnstile site key length and the PostHog `phc_` length are guessed.\n")

    # ---------------------------------------------------------------- judgement calls
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (booking admin, agility results database, ring-card portal, hydrotherapy "
      "notes database, trainer rota / field hire, kennel registration desk) and six generated secrets (`art_` timing "
      "token, `whsec_` class-pass webhook secret, HS512 referral JWT, `mcl_` microchip lookup key, age backup "
      "identity, WireGuard private key). The WireGuard key is a bare 44-character Base64 string with no prefix \u2013 "
      "only the key name and context tell it from the WireGuard public keys in the negatives (same shape, deliberate). "
      "The `whsec_` secret's Base64 body has the shape of the per-delivery `webhook-signature: v1,<Base64>` values in "
      "the negatives (also deliberate). Key names in everyday files say password / token / key / secret / jwt / "
      "identity \u2013 that is how such files look; the telling-key-free cases are in the positional source.")
    w(f"- Vendor: {cls_count['owner']} vendor types carry owner-chosen passwords (Petlog, The Kennel Club online "
      "services, AgilityNet, Tractive, the Reolink pool camera). Whole URLs are labelled for the Discord and Teams "
      "webhooks (the URL is the credential); whole `id:secret` keys for Ably, Ghost admin and fal (the id half is "
      "inseparable in practice). Same-shape traps: the Google Maps server key (positive) has the `AIza` shape of the "
      "Firebase web `apiKey` in the negatives (public by design); the Stripe restricted key shares the `_live_51` "
      "frame and length with the `pk_live_51` publishable key; the reCAPTCHA and Turnstile secrets share the `6L` / "
      "`0x4AAAAAAA` prefixes with the site keys in the negatives (the Turnstile site key is shorter); Revelation Pets, "
      "Postmark, MongoDB Atlas and Railway values are bare UUIDv4s like hCaptcha site keys in the negatives; the "
      "PostHog personal key `phx_` (positive) sits next to the public project key `phc_` (negative). Ids next to a "
      "secret (client ids, key ids, `SK` / `MA` ids, `ck_` keys, `rzp_live_` key ids, app keys, account emails) stay "
      "unlabelled; the Twilio `SK` id, the WooCommerce `ck_` key and the Razorpay key id are the most arguable, since "
      "some detectors flag them on their own. The Gmail app password keeps its inner spaces (that is how Google shows "
      "it). The Bitwarden export's `password` field holds an API key for most vendor types \u2013 that is how people "
      "store API keys in password managers.")
    w("- Passwords: labelled when the value logs in (flags `-p`, `-a`, `-P`, `-w`, `-A`, `/p:`, `-p:`; `u%p`, `u:p` "
      "and URL userinfo pairs for WinSCP, VLC, SQLAlchemy, Redis, ioredis, AMQP, Oracle, MySQL FEDERATED and "
      "`.git-credentials`; positional arguments of `rabbitmqctl`, `net user`, `emqx_ctl`, `ejabberdctl`; library call "
      "positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl and Lua), unlocks or encrypts (`zip -P`, "
      "`unzip -P`, `7z -p`, `openssl enc -k`, `mutool -p`, `cryptsetup`, `keepassxc-cli`, `load_pem_private_key`, "
      "`ZipFile.open`), sets a new secret (`chpasswd`, `net user`, `CREATE USER \u2026 IDENTIFIED BY`, `rabbitmqctl "
      "add_user`, `mosquitto_ctrl`, `ejabberdctl`, `emqx_ctl`), is a signing or derivation secret given as a literal "
      "(`URLSafeTimedSerializer`, `pbkdf2_hmac`, `cookieParser`, `createHmac`, `scryptSync`, `jwt.sign`, "
      "`SecretKeySpec`, `PBEKeySpec`, `Rfc2898DeriveBytes`, `HMACSHA256`, Go `hmac.New` / `pbkdf2.Key`, "
      "`argon2::hash_encoded`, `OpenSSL::HMAC`, `MessageVerifier`, `hash_hmac`, `hmac_sha256_hex`), is a Wi-Fi key, "
      "PSK or community string (`AT+CWSAP`, `wpa_cli psk`, stunnel PSK, SNMP community), sits in a file by position, "
      "travels in a protocol exchange or is typed by UI automation (UI tests use neutral field ids `#f2`, `Edit2`, "
      "`Login/f2`). Weakest kept cases, with a hint of a word nearby: the headers of the invented files "
      "(`scorer_gate`, `door_phrase`, `unlock`, `GATE CODE PHRASE`, `laptop_unlock`), `psk` in `wpa_cli`, `community` "
      "in the SNMP decode, `{PLAIN}` in the dovecot file, `IDENTIFIED BY`, `IDENTIFY`, `AUTH`, `LOGIN`, the expect "
      "prompt `assword:`, `SSH_ASKPASS`, `--ask`, tool names that contain the word (`chpasswd`) \u2013 none of them is a "
      "`password=` key. The SMTP `AUTH PLAIN` and Docker `auths` spans are the whole Base64 token, not the decoded "
      "password. `xdotool type` and `adb shell input text` are filed under gui (they type into a UI) though they run "
      "in a shell. Several ideas repeat the earlier corpora on new tools (URL userinfo, `-p` after `-u`, library "
      "positions, stdin echo, Base64 protocol lines, UI typing, invented fixed-width files); novelty was checked by "
      "name.")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for German, Italian, Portuguese, Norwegian Bokm\u00e5l, Galician, Russian, Esperanto, Standard Malay, Tagalog; "
      "modest for Icelandic, Serbian, Bosnian, Kazakh, Uzbek, Hebrew, Standard Arabic, Hindi, Marathi, Japanese, "
      "Korean, Mandarin Chinese, Luxembourgish, Zulu, Xhosa; low for Bengali, Gujarati, Kannada, Malayalam, Sinhala, "
      "Khmer, Lao, Burmese, Javanese, Hausa, Yoruba, Kinyarwanda, West Central Oromo, Tigrinya, Plateau Malagasy, "
      "M\u0101ori. Loan words (password, PC, \u092a\u093e\u0938\u0935\u0930\u094d\u0921, \u30d1\u30b9\u30ef\u30fc\u30c9) are kept as people use "
      "them. `arb`, `zsm`, `gaz` and `plt` are the individual languages behind the macrolanguages Arabic, Malay, Oromo "
      "and Malagasy; `cmn` is Mandarin.")
    w("- Evasions: Roman numerals and negabinary are numeral systems; Ol Chiki and Meetei Mayek are digit blocks; "
      "segmented (seven-segment) and keycap digits are look-alike digits; German and Esperanto words are spelled "
      "forms; uuencode, Bubble Babble and proquints are byte-to-text encodings (Bubble Babble carries a checksum the "
      "decoder verifies); Chinese-remainder residues, running differences and fractions of 128 are arithmetic "
      "disguises; the neighbour swap and numbered scatter are positional tricks (the swap keeps every character and "
      "most pairs readable, so it is the easiest to spot); the QWERTY shift is a keyboard substitution; MIDI note names "
      "are a code disguise; dog weights, vaccination due dates, course lengths and pool heart rates are this world's "
      "disguises of code points. uuencode runs can hold `` ` ``, quotes and backslash-free punctuation \u2013 they are "
      "stored verbatim.")
    w("- Negatives: ring numbers, running orders, microchip, kennel-club, ATC, vaccine batch, passport, AHC, RCVS, "
      "invoice and VAT numbers are identifiers; results tables are public; class-pass card numbers (real Luhn) are "
      "printed on the card; SSCCs (real GS1 check digits) are printed on pallets; Stripe `pk_live_`, reCAPTCHA / "
      "Turnstile / hCaptcha site keys, the Firebase web `AIza` key, PostHog `phc_`, Square application ids and Mapbox "
      "`pk.` tokens are public by design (the Firebase key has exactly the shape of the labelled Google Maps server "
      "key \u2013 the most arguable negative); age `age1` recipients and WireGuard `PublicKey` lines are public keys; "
      "`art_<your-token>`, `whsec_REPLACE_ME`, all-X keys, `changeme`, empty values, `${\u2026:?\u2026}` and truncated "
      "`AGE-SECRET-KEY-1...` / `eyJhbGciOi...` are placeholders; `***`, `art_****` + 4 hex, `[REDACTED]`, "
      "`[MASKED]` and bullets carry no value; `${{ secrets.* }}`, `secretKeyRef` and `vault kv get` are pointers; "
      "Django / Werkzeug strings are one-way hashes (the column is called `password`, a trap); sops and Ansible Vault "
      "bodies are ciphertext; git SHA-1s, image digests and integrity strings are public digests; ULIDs and KSUIDs are "
      "ids; webhook signatures are per-delivery MACs, not the signing secret. The `.env.example`, the masked CI log and "
      "the secret-reference files use the real key names of the everyday secrets \u2013 a trap for key-name-only "
      "detectors. Random fillers are generated, so an entropy-only detector will hit them \u2013 that is the point.\n")

    # ---------------------------------------------------------------- sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief218/` (p215 and p216), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch218/` was looked at.")
    w("- External: none this session. Betterleaks, gitleaks, Kingfisher, CredSweeper and vendor documentation were not "
      "opened; all shapes come from the builder's memory and are marked above as believed or guessed (or invented). "
      "Python's standard library (`hashlib`, `hmac`, `zlib`, `base64`, `datetime`) was the only reference used at "
      "build time; the Bubble Babble and Bech32 algorithms were written from memory and checked against one published "
      "test vector each (Bubble Babble `1234567890`; Bech32 checked by round-trip and checksum verification only).")
    return "\n".join(x for x in out if x is not None) + "\n"
