"""Renders README.md from the generated data (deterministic)."""
from collections import Counter, defaultdict

import everyday214
import evasions214
import negatives214
import positional214
import prose214
import vendor214
from enc214 import ENCODINGS, RULES

FAMILIES = {
    "octal_escaped_bytes": "byte notation (octal escapes)",
    "html_hex_character_references": "markup escape (HTML hex references)",
    "url_percent_encoded_bytes": "byte notation (percent-encoding of every byte)",
    "braille_pattern_bytes": "Unicode block as byte alphabet (Braille patterns)",
    "gray_code_bytes": "binary variant (reflected Gray code)",
    "zeckendorf_fibonacci_sums": "numeral system (Zeckendorf / Fibonacci)",
    "prime_factorisation_code_points": "arithmetic disguise (prime factorisation)",
    "spreadsheet_column_labels": "numeral notation (bijective base 26 as spreadsheet columns)",
    "morse_with_caret_capitals": "signalling code (Morse)",
    "nato_phonetic_spelling": "spelled form (radio alphabet)",
    "phone_keypad_multitap": "keypad code (multi-tap)",
    "polybius_nine_by_eight_grid": "cipher (Polybius square)",
    "columnar_transposition_key_3142": "cipher (columnar transposition)",
    "case_steganography_seven_bit": "steganography (letter case carries bits, Bacon-style)",
    "cyrillic_homoglyph_swap": "Unicode look-alike (Cyrillic homoglyphs)",
    "regional_indicator_letters": "Unicode look-alike block (regional indicators and keycaps)",
    "candidate_numbers_offset": "disguise as this world's numbers (candidate numbers)",
    "placement_test_raw_scores": "disguise as this world's numbers (placement scores)",
    "homestay_weekly_rates_pounds": "disguise as this world's numbers (homestay rates)",
    "lesson_credit_hours_quarters": "disguise as this world's numbers (lesson-credit hours)",
    "timetable_room_numbers": "disguise as this world's numbers (room numbers)",
    "exam_seat_labels": "disguise as this world's identifiers (exam seat labels)",
}


def bt(x):
    return "`%s`" % x


def render(data, meta, deny, muts, deny_status):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    by = defaultdict(list)
    for r in S:
        by[r["source"]].append(r)
    L = []
    a = L.append
    a("# privacy_twohundredfourteenth (p214) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**language-school, tutoring-agency and exam-centre developers**: placement tests and level reports (Django, Flask, SvelteKit, "
      "Phoenix, Fastify, Micronaut, Fletcher-16-tailed level-report signing keys), class timetables and room bookings (Laravel, Remix, "
      "ASP.NET user secrets, Quarkus, iCal exports, Astro), homestay and host-family matching (Strapi, Payload CMS, React Native, "
      "WordPress, Drupal, Spring, DBS numbers), tutor matching and lesson credits (Go, Sinatra, Vapor, Fernet-shaped ledger tokens, "
      "HS512 tutor sessions, Teachworks, TutorCruncher, Calendly, Cal.com, Acuity), exam registrations and candidate numbers (NestJS, "
      "AdonisJS, .NET web.config, Mojolicious, Luhn-mod-36-checked exam-centre API keys, Cambridge Results Online, ETS TOEFL, "
      "WebUntis), certificate verification (Cloudflare Workers, Netlify, Crockford-checked HMAC secrets, Credly, Accredible, "
      "MOD 11-2-checked certificate numbers), visa-letter requests (Celery, n8n, Svix-style webhook secrets, UKVI Sponsor "
      "Management, CAS numbers, Onfido, Veriff, Dropbox Sign, PandaDoc, DocRaptor, CloudConvert), invigilator rotas (Streamlit, "
      "Apps Script, Electron); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe restricted "
      "keys, PayPal, Mollie, Square, Flywire, Paddle, Checkout.com, FreeAgent, Zoho, Pipedrive, Eventbrite, Typeform, "
      "SurveyMonkey, Moodle, Canvas, DeepL, Azure Translator, Google Translation, ElevenLabs, AssemblyAI, Deepgram, Speechmatics, "
      "Speechace, LanguageTool, Mistral, Cohere, OpenRouter, xAI, DeepSeek, OpenAI service-account and admin keys, Azure OpenAI, "
      "Mapbox, TomTom, Ideal Postcodes, Loqate, SendGrid, Postmark, SparkPost, Mailjet, Mandrill, Twilio API keys, Plivo, Vonage, "
      "Textmagic, WhatsApp Cloud API, LINE, WeChat, Kakao, Discord, Microsoft Teams webhooks, Zoom webhooks, Daily, Agora, Whereby, "
      "Stream, Front, Microsoft 365 app passwords, GitHub fine-grained PATs, GitLab runners, Atlassian, Linear, npm, PyPI, Docker "
      "Hub, Postman, Terraform Cloud, Vault, New Relic, Grafana, Sentry org tokens, Rollbar, LaunchDarkly, Snyk, Codecov, CircleCI, "
      "Buildkite, Netlify, Supabase, PlanetScale, Algolia, Okta, Auth0, Clerk, Entra ID client secrets, Azure DevOps, Backblaze B2, "
      "Bitwarden Secrets Manager, Doppler, Tailscale, ngrok, Fastly, Contentful, Asana, ClickUp); with hard negatives from the same "
      "world (candidate and centre numbers, MOD 11-2-checked certificate numbers, mod-97-checked refund IBANs, CAS and GWF "
      "references, booking ids and iCal UIDs, DBS numbers, publishable keys, README placeholders, masked CI and worker logs, "
      "secret-store lookups, Argon2id and Django PBKDF2 hashes, SOPS and Ansible Vault ciphertext, password-policy prose, exam-paper "
      "checksums, webhook signature headers, OAuth client and tenant ids, ULIDs and Nano IDs, student-card barcodes with real EAN-13 "
      "check digits, SSH public keys, CEFR levels and TRF numbers). Everything is produced by `build.py` and its modules "
      "(`common214.py`, `everyday214.py`, `vendor214.py`, `positional214.py`, `prose214.py`, `enc214.py`, `dec214.py`, "
      "`evasions214.py`, `negatives214.py`, `checks214.py`, `readme214.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (21401 everyday, 21411 everyday pairing, 21402 vendor, 21403 positional "
      "passwords, 21404 prose, 21405 evasions, 21406 negatives), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders "
      "this README from both generations and compares it, and only then writes the files (on any failure it prints the errors, "
      "writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief214/`." % len(muts))
    a("")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredfourteenth/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief214/` (`README_twohundredninth.md`, p209, mobile-phone repair / "
      "refurbishment / recycling developers; `README_twohundredeleventh.md`, p211, allotment-society / community-garden / "
      "seed-library developers), used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch214/` (an extracted copy of the public gitleaks rule file, trial "
      "builds). The deny-list (`common214.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language words such as "
      "`alg` and `exp`, which only makes the list stricter) and the names and name words of those pairs (%d, with harmless "
      "noise). It is frozen in `brief_names.json`; when `/tmp/brief214/` exists the build re-extracts it and fails if it differs "
      "(this build: %s). Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations." % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                   len(deny["language_names"]), deny_status))
    a("")
    # ---------------- files and counts
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), sum(len(r["secrets"]) for r in S), len(set(r["type"] for r in S)), len(set(r["container"] for r in S)),
         len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]), len(by["prose"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 |" % (len(E), len(E), len(set(r["type"] for r in E)), len(set(r["container"] for r in E))))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len(set(r["container"] for r in N)), len(set(r["class"] for r in N))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (same as the earlier corpora): positives `id` (`p214-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p214-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p214-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.")
    a("")
    cats = Counter(meta["positional_categories"].values())
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and unused: "
      "`%s`). Vendor 120 (123 candidates written; set aside: %s). Positional passwords %d (by where the text lives: %s; syntaxes "
      "dropped while writing, before the first build, because they were unreliable or had a telling word right before the value: "
      "`rabbitmqctl change_password`, a keytool stdin pipe (it prompts twice), a `mysql_secure_installation` heredoc (prompt order "
      "varies by version), an FTP `SITE PSWD` capture, a PostgreSQL password-message decode, IRC `PASS`, a dblink string "
      "concatenation; `python_cx_oracle_connect_second` was replaced because the build found it among the names of an earlier "
      "README). Prose 40 in 40 languages (spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 "
      "base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the registry (values, public "
      "neighbours, Base64 runs, evasion plains and runs): %d."
      % (everyday214.SPARE_KIND[0], "; ".join("`%s` (%s)" % x for x in vendor214.SET_ASIDE), len(by["password"]),
         ", ".join("%s %d" % (k, cats[k]) for k in ["cli", "stdin", "lib", "file", "proto", "gui", "sql"]),
         ", ".join("`%s` (%s)" % (s[0], s[1]) for s in prose214.SPARES), len(N), len(set(r["class"] for r in N)), len(S),
         meta["registry_size"]))
    a("")
    # ---------------- conventions
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, "
      "never the quotes and never the key. Values pasted where they do not belong (a Slack thread export, an Outlook reply, a Discord "
      "paste, a Jira comment, a staffroom whiteboard OCR, a Google Sheets CSV, zsh history, a tmux scrollback capture, a Teams chat, a "
      "Freshservice private note, a Bitwarden CSV export, `gh secret set`, `doppler secrets set`, `az keyvault secret set`, decrypted "
      "SOPS output) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of `- _ . + ! ~` + "
      "3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the five owner-chosen vendor "
      "passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, the password hidden "
      "in the Base64 positional value, every prose value and every reception-PC evasion plain."
      % (", ".join(__import__("common214").WORLD_WORDS[:30]) + ", …", len(__import__("common214").WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text or negative. Values, public neighbours, Base64 "
      "runs, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring relation "
      "(6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters or a hidden "
      "password.")
    a("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 "
      "(checked); every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature "
      "length that fits its `alg` (HS256 32, HS512 64, ES256 64, RS256 256 bytes; checked): the tutor session is a real HS512 JWT, "
      "the Whereby, Front and Supabase service-role keys real HS256 JWTs (HMACs under discarded keys), Calendly ES256-shaped and "
      "CloudConvert RS256-shaped (real JSON, random signature bytes). `lrsk_` keys end in the real Fletcher-16 of their 48 hex "
      "characters, `cvs_` secrets in the real Crockford mod-37 check symbol of their 25 bytes, `ecak_` keys in a real Luhn mod 36 "
      "character; the Fernet-shaped ledger token decodes to 89 bytes starting 0x80 with a real HMAC-SHA256 tail; `whsec_` secrets "
      "are Base64 of 24 bytes (all checked). Vendor frames: Mapbox `sk.` and Sentry `sntrys_` carry real Base64 JSON, the LINE "
      "token is Base64 of 128 bytes, the Discord token starts with base64url of an 18-digit id, the Bitwarden token ends in Base64 of "
      "16 bytes (all checked); all 120 vendor values are checked against a regular expression derived from their generator. The "
      "SMTP `AUTH PLAIN` span is the whole Base64 token and decodes to NUL user NUL password with a strict-form password; the "
      "candidate-import fixed-width file puts the value in columns 41–60 (checked). Negatives: IBAN mod-97, ISO 7064 MOD 11-2 and "
      "EAN-13 check digits are real (checked); SHA-256 digests are real digests of random bytes; ULIDs are valid Crockford Base32 "
      "with a 2026 timestamp; SSH keys have the real wire framing; Argon2, PBKDF2, SOPS and Ansible Vault bodies are random bytes "
      "in the right frame.")
    nb = ["%s: %s" % (v[0], v[4][2]) for v in vendor214.VENDORS if v[4]]
    a("- Public neighbours are unlabelled: user names, hosts (`*.linguahub.lan`, `*.kingsway-lang.lan`, "
      "`*.northbridge-tutors.lan`, `*.example`, private addresses), key names, and ids written next to a vendor secret (%s) and the "
      "user half of a user / password pair." % "; ".join(nb))
    a("- Positional passwords: span type `lingpw_<syntax>`, container `lingpw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional214.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the "
      "run equals the plain, if the run would start or end with whitespace, if fewer than two letters change (homoglyphs) or if the "
      "registry refuses it.")
    a("")
    # ---------------- categories
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in everyday214.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday214.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 21411) of the 12 types "
      "and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 "
      "records (checked); secrets therefore also land in implausible places (a visa-letter webhook secret in the placement-test "
      "Django settings). Key names are the type's key words in the container's own case style: upper (UPPER_SNAKE), snake, camel, "
      "pascal, kebab (Micronaut / Spring YAML), dot (Quarkus properties), spaced (chats, e-mails, tickets) and title (OCR, CSV cells); "
      "the ASP.NET user-secrets kind prefixes `RoomBooking:`.")
    a("")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor214.VENDORS) +
      ". Styles (16, assigned cyclically): " + ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vendor214.STYLES) +
      ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled (in "
      "the Bitwarden CSV it sits in `login_username`, the secret in `login_password`).")
    a("")
    a("Positional passwords (%d syntaxes, span type `lingpw_<syntax>`): " % len(by["password"]) +
      ", ".join(bt(r["type"]) for r in by["password"]) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked).")
    a("")
    a("Prose: someone tells a colleague the password of the reception PC and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either "
      "README (checked: code against the codes and all deny-listed names; name and each name word against the language names). "
      "Scripts: %s. Chinese, Cantonese and Japanese do not separate words with spaces and Khmer and Burmese hardly do, so the value "
      "got spaces around it; Hindi, Marathi, Gujarati, Kannada, Malayalam, Sinhala, Korean, Burmese, Basque and Tajik put the "
      "copula or particle after the value; Hebrew is right-to-left with the Latin value embedded; every value is set off by "
      "whitespace on both sides (checked)."
      % (prose214.TYPE, ", ".join(bt(f) for f in prose214.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in prose214.LANGS),
         ", ".join(sorted(set(l[2] for l in prose214.LANGS)))))
    a("")
    # ---------------- evasions
    a("## Evasion encodings")
    a("")
    a("; ".join("`%s` = \"%s\"" % (n, RULES[n]) for n in ENCODINGS) + ".")
    a("")
    a("Families: " + "; ".join("%s: `%s`" % (FAMILIES[n], n) for n in ENCODINGS) + ".")
    a("")
    a("Evasion types: " + "; ".join("`%s` (%s)" % t for t in evasions214.TYPES) + "; wordings: " +
      ", ".join(bt(w) for w in evasions214.WORDINGS) + " (container `<encoding>__<wording>`; each encoding appears once per type "
      "and once per wording).")
    a("")
    a("Encoders are in `enc214.enc` (the rng only adds noise the decoder ignores: the cover letters of the case steganography, "
      "centre numbers, initials, surnames, tutor ids, days and periods); the decoder `dec214.decode` gets only the encoding name and "
      "the run and is written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`, with every "
      "table retyped: octal, hex-reference and percent parsers with a UTF-8 decode, Braille offsets, an inverse Gray code, sums of "
      "Fibonacci terms, products of prime powers, a bijective base-26 reader, a Morse table, a radio-alphabet word table, a multi-tap "
      "reader, the 9 × 8 Polybius grid, the inverse column permutation, a case-to-bit reader, an inverse homoglyph table, a "
      "regional-indicator and keycap reader, and regular expressions plus arithmetic for the six world disguises. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 6–44 per encoding while writing (0 failures); at build time "
      "every span is decoded back to its `plain` (checked).")
    a("")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word language, "
      "look-alike block, cipher, byte notation, positional order and arithmetic disguise listed there (among them bases 3–7, 9, "
      "11–13, 20, 60, bijective base ten, negative and imaginary bases, the digit blocks, number words in some twenty languages, "
      "fullwidth / squared / circled / small-capital / mathematical letters, combining overlays, Caesar, Atbash, Vigenère, Gronsfeld "
      "and relatives, Base-N, reversal, rail fence, running totals, delta coding, telestich, chaff, rotation, triplet reversal, "
      "IPv6 / MAC / dotted-quad bytes, Colemak, Dvorak, Brainfuck, one big integer, remainders, counting rods, Yijing hexagrams). "
      "Close relatives remain and a scorer may count them as the same idea: octal escapes and percent-encoding next to the byte "
      "notations, the spreadsheet labels next to bijective base ten, Gray code next to plain binary, Cyrillic homoglyphs and "
      "regional indicators next to the other look-alike blocks, the Polybius grid and columnar transposition next to the classical "
      "ciphers, multi-tap and Morse next to the keyboard ciphers, the case steganography next to the acrostic / telestich tricks.")
    a("")
    # ---------------- negatives
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = Counter(r["class"] for r in N)
    for cls, desc, kinds in negatives214.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, nc[cls], ", ".join(bt(k[0]) for k in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w in negatives214.WRAPPERS) + ".")
    a("")
    # ---------------- checks
    a("## Checks run by build.py before writing")
    a("")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in "
      "its text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden "
      "password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor passwords, the strict form for plain "
      "positional, Base64-hidden, prose and reception-PC evasion passwords (`eps_` and `hmo-` plains by their own regexes); `lrsk_` "
      "Fletcher-16; `cvs_` Crockford mod-37 check symbol; `ecak_` Luhn mod 36; Fernet frame; HS512 session JWT; `whsec_` 24 bytes; "
      "120 vendor regexes plus the frames of the JWT, Mapbox, Sentry, LINE, Discord and Bitwarden values; the Base64 positional span "
      "decodes to NUL user NUL password; candidate-import columns 41–60; UUID-shaped substrings of every text are version 4; every "
      "JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature length that fits its `alg`; "
      "IBAN mod-97, MOD 11-2 and EAN-13 check digits in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and "
      "is followed by a newline and a remark; plain alphabet and plain shape; the run never contains its plain and never equals it; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), every everyday kind including the spare, every vendor style, span "
      "type, evasion encoding and negative class is compared case-insensitively, whole name and each `__` part, with the frozen "
      "deny-list; positional syntaxes (span type without `lingpw_`) also against the earlier syntax list; prose languages (taken "
      "from the record containers) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction "
      "when `/tmp/brief214/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; "
      "66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
      % (len(muts), sum(c for _n, c in muts), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))
    a("")
    # ---------------- shapes
    a("## Shapes you had to guess")
    a("")
    groups = [("read", "*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; nothing "
               "copied; every value generated; where the rule gives only a prefix or a length range, the exact length is mine)"),
              ("believed", "Believed right from background knowledge (not re-read this session)"),
              ("guessed", "Guessed (length and alphabet only; most school-software, exam, tutoring and identity vendors publish no "
               "token format the builder knows, so these are recognisable from the key name only)"),
              ("owner", "Owner-chosen passwords (the portal is unlocked with a password the school picked)")]
    for status, head in groups:
        items = [v for v in vendor214.VENDORS if v[3] == status]
        a("%s (%d): %s." % (head, len(items), "; ".join(
            "`%s` (%s%s)" % (v[0], vendor214.vendor_shape_desc(v[2]), (" – next to it: " + v[4][2]) if v[4] else "")
            for v in items)))
        a("")
    a("Also invented or guessed: the everyday layouts `lrsk_` (with its Fletcher-16 tail), `cvs_` (Crockford Base32 with its "
      "mod-37 check symbol), `ecak_` (with its Luhn mod 36 character) and the evasion prefixes `eps_` / `hmo-` are invented; the "
      "Fernet-shaped ledger token and the Svix-style `whsec_` secret borrow real public formats for invented uses (the Fernet body is "
      "random bytes in the frame with a real HMAC, not an encryption of anything). The placement roster CSV (fourth column), "
      "homestay host TSV (sixth column), invigilator pipe file, candidate-import fixed-width file (columns 41–60), tutor directory "
      "semicolon file and room-kiosk INI list are invented formats of this world. Syntaxes written from memory, not re-checked: "
      "`mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, `smbclient -U u%p`, `winrs -p:`, `cmdkey /pass:`, `net user … /add`, "
      "`ldapsearch -w`, `ldappasswd -s`, `xfreerdp /p:`, `rdesktop -p`, `zip -P`, `plink -pw`, `cqlsh -p`, `snmpwalk -A`, "
      "`snmpget -c`, `radtest`, `ejabberdctl register`, `lynx -auth=`, HTTPie `-a`, `ab -A`, `az login -p`, `oc login -p`, "
      "`dotnet dev-certs -p`, `signtool /p`, SqlPackage `/tp:`, `vmrun -gp`, `bw unlock`, `sshpass -p`, `mysqlrouter --bootstrap`, "
      "pip `--index-url`, RTSP URLs, WinSCP `open`, `emqx_ctl users add`, `samba-tool user create`, `skopeo --src-creds`, swaks "
      "`-ap`, sendEmail `-xp`, beeline `-p`; the stdin forms (`sudo -S`, `cryptsetup --key-file=-`, an `ftp -n` heredoc, "
      "`keepassxc-cli`, `gocryptfs -extpass`, `newusers`, `openconnect --non-inter`, `kubectl --from-file=…=/dev/stdin`, "
      "`vault kv put … field=-`); the library positions (paramiko `connect`, imaplib, PyKeePass, ldap3, cryptography "
      "`load_pem_private_key`, PyMuPDF `authenticate`, pysnmp `UsmUserData`, exchangelib, Django `create_user`, "
      "`hashlib.pbkdf2_hmac`, kazoo `add_auth`, python-jenkins, ldapjs, `scryptSync`, jsonwebtoken `sign`, express-basic-auth, "
      "JavaMail `Transport.connect`, Jedis `auth`, `PBEKeySpec`, MongoDB `createCredential`, OkHttp `Credentials.basic`, "
      "`Rfc2898DeriveBytes`, MailKit, Go `smtp.PlainAuth`, go-ldap `Bind`, minio-go `NewStaticV4`, lettre `Credentials::new`, "
      "Ruby `Net::SMTP.start`, PHP `PDO` and `openssl_pkcs12_read`, Perl LWP `credentials`, Qt `QSqlDatabase::open`, ADODB "
      "`Open`, django-environ e-mail URLs, redis-py `from_url`, Celery broker URLs); the file layouts (OpenVPN `auth-user-pass`, "
      "`.pgpass`, Postfix `sasl_passwd`, Dovecot `{PLAIN}`, tinyproxy `BasicAuth`, rsync client password file, vsftpd virtual "
      "users); the protocol forms (IMAP `LOGIN`, SMTP `AUTH PLAIN`, LDAP bindRequest decode, SNMPv1 community decode, RTSP "
      "`DESCRIBE`); the UI automation calls (Cypress, Playwright Python, AutoHotkey `SendRaw`, AutoIt `Send(…, 1)`, xdotool, "
      "AppleScript `keystroke`, Flutter `enterText`, Selenium Python `send_keys`, Hammerspoon `keyStrokes`); the SQL forms "
      "(MySQL `IDENTIFIED BY`, `sp_addlinkedsrvlogin`, Oracle database links, pgcrypto `encrypt`). Negatives: CAS, GWF, DBS, TRF, "
      "sponsor-licence and candidate-number layouts are approximate; Argon2, PBKDF2, SOPS and Ansible Vault bodies are random in the "
      "right frame, not hashes or ciphertexts of anything.")
    a("")
    # ---------------- judgement calls
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (placement-test admin, timetable / room-booking database, homestay portal, "
      "tutor-matching console, exam-registration portal, invigilator-rota app) and six generated secrets (`lrsk_` level-report "
      "signing key, `cvs_` certificate-verification HMAC secret, Fernet-shaped lesson-credit ledger token, HS512 tutor session JWT, "
      "`whsec_` visa-letter webhook secret, `ecak_` exam-centre API key). Key names in everyday files say password / key / secret / "
      "token / jwt – that is how such files look; the telling-key-free cases are in the positional source.")
    a("- Vendor: many school-software, exam-board, proctoring, identity and document vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name – part of the test. Five vendor types carry owner-chosen "
      "passwords (WebUntis, Cambridge Results Online, UKVI Sponsor Management System, ETS TOEFL centre portal, English UK member "
      "portal). Same-shape traps: the Mailjet API key, the Agora app id and the Veriff API key have the shapes of the secrets next "
      "to them and stay unlabelled; the Twilio `SK…` key SID, the Plivo auth id, the Backblaze key id, the Algolia application id and "
      "the Entra ID client id are left unlabelled as the id half of a pair (arguable: they are half of a key pair); the Google "
      "Translation key (positive) has the `AIza` shape that browser keys also have; Clerk `sk_live_` keys look like Stripe secret "
      "keys; the Microsoft Teams webhook URL is labelled whole because the URL is the credential; the Microsoft 365 app password is "
      "16 lower-case letters without separators; the Kakao REST API key and the WeChat AppSecret are treated as server-side "
      "secrets; the Checkout.com, Postmark, Snyk, Codecov and Veriff secrets are bare or prefixed UUIDv4s (secrets that look like "
      "ids), while the negatives hold UUIDv4 booking, iCal and app-registration ids. Brands of the earlier READMEs reappear with "
      "other credential kinds (Stripe restricted key, GitHub fine-grained PAT and OAuth app secret, OpenAI service-account and admin "
      "keys, Twilio API key secret, Doppler personal token, Tailscale auth key, Sentry organisation token, Supabase); only type names "
      "were checked.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-a`, `-w`, `-A`, `-P`, `-pw`, `/p:`, `-p:`, `/pass:`, `/tp:`, "
      "`-gp`, `-ap`, `-xp`; user / password pairs with `%`, `:` or URL userinfo; positional arguments of `rabbitmqctl add_user`, "
      "`net user`, `radtest`, `ejabberdctl`, `emqx_ctl`, `samba-tool`, `bw unlock`; library call positions in Python, Node, Java, "
      "Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C++ / Qt and VBScript), unlocks a key, archive, vault, PDF, certificate or keystore "
      "(`zip -P`, `signtool /p`, `dotnet dev-certs -p`, `cryptsetup`, `gocryptfs`, `keepassxc-cli`, PyKeePass, PyMuPDF, "
      "`load_pem_private_key`, `openssl_pkcs12_read`), sets a new secret (`ldappasswd -s`, `newusers`, `CREATE USER … IDENTIFIED "
      "BY`, Django `create_user`, `kubectl create secret`, `vault kv put`), is a derivation, signing or encryption secret given as "
      "a literal (`pbkdf2_hmac`, `scryptSync`, `PBEKeySpec`, `Rfc2898DeriveBytes`, jsonwebtoken `sign`, pgcrypto `encrypt`), is an "
      "SNMP community or v3 auth phrase, sits in a file by position, travels in a protocol exchange or is typed by automation. "
      "Weakest kept cases, with a hint of the word nearby: `cmdkey /pass:` (the flag abbreviates password), `plink -pw`, `sshpass "
      "-p`, the `kiosk_unlock`, `portal_pin`, `console`, `auth`, `unlock` and `UNLOCK` headers of the invented files, Dovecot's "
      "`{PLAIN}` scheme tag, the `sasl_passwd` file name, the IMAP `LOGIN` line and the SNMP community "
      "(a shared secret that is not a personal password). UI tests use neutral field ids (`#f2`). The SMTP `AUTH PLAIN` span is the "
      "whole Base64 token, not the decoded password. The `mysql_secure_installation`, keytool and `SITE PSWD` forms were dropped as "
      "unreliable (see Scale).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Italian, Portuguese, Catalan, Galician, Norwegian Bokmål, Serbian, Bosnian, Russian, Standard Malay, Mandarin Chinese, "
      "Japanese, Korean, Hebrew, Esperanto, Hindi; modest for Basque, Irish, Scottish Gaelic, Luxembourgish, Faroese, Bengali, "
      "Marathi, Gujarati, Cantonese, Javanese, Northern Uzbek, Kyrgyz, Halh Mongolian, Hausa, Zulu, Xhosa, Tajik; low for Kannada, "
      "Malayalam, Sinhala, Khmer, Burmese, Yoruba, Kinyarwanda. Loan words (password, पासवर्ड, パスワード, reception) are kept as "
      "people use them. `zsm` is Standard Malay, `uzn` Northern Uzbek and `khk` Halh Mongolian – the individual languages behind "
      "the macrolanguages; `nob` is Norwegian Bokmål.")
    a("- Evasions: octal escapes, HTML references, percent-encoding and Braille cells are byte notations; Gray code is a binary "
      "variant; Zeckendorf sums, prime factorisations and spreadsheet column labels are numeral notations / arithmetic disguises; "
      "Morse, the radio alphabet and phone multi-tap are signalling / spelled / keypad codes; the Polybius square and the columnar "
      "transposition are classical ciphers not named by either README; the case steganography hides bits in capitalisation of "
      "noise letters; Cyrillic homoglyphs and regional indicators are look-alike blocks (the homoglyph run keeps the characters "
      "without Cyrillic twins, so much of the plain stays visible – a scorer may consider that weak); candidate numbers, placement "
      "scores, homestay rates, lesson-credit hours, room numbers and exam seat labels are disguises of code points as this world's "
      "numbers. Novelty was checked by name against both READMEs and by notion against the encodings they name in prose.")
    a("- Negatives: candidate, centre, certificate, CAS, GWF, DBS, booking, host, TRF, student-card, library and ledger numbers are "
      "identifiers (the check-digit ones carry real check digits; ULIDs, Nano IDs and 32-hex Sentry / Algolia values look like "
      "keys); Stripe `pk_live_`, Mapbox `pk.`, the Algolia search-only key and the Sentry DSN are public by design (the Algolia "
      "search-only key is the most arguable: the same 32-hex shape as the labelled Algolia admin key); empty values, "
      "`<your-deepl-key>:fx`, all-X `whsec_`, `ecak_000000.<key>`, `sk-...`, `${…:?…}` and `<ask the DoS>` are placeholders; `***`, "
      "`whsec_****` + 4 and `[FILTERED]` carry no value; `${{ secrets.… }}`, ARNs and ExternalSecret refs are pointers; Argon2id "
      "and PBKDF2 strings are one-way hashes (the column is called `password_hash` and the Django field `password`, a trap); SOPS "
      "and Ansible Vault bodies are ciphertext; webhook signature headers are HMAC outputs of single events, not keys (arguable "
      "only in that they are secret-derived); SSH public keys and OAuth client / tenant ids are public. The `.env.example` and the "
      "masked CI output use the real key names of the everyday and vendor secrets with empty, placeholder or masked values – a trap "
      "for key-name-only detectors. Random fillers are generated, so an entropy-only detector will hit them – that is the point.")
    a("")
    # ---------------- sources
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief214/` (p209 and p211), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch214/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror "
      "directory and extracted with `git show` into `/tmp/scratch214/`), read for the rules behind every vendor type marked *read "
      "this session* above (SendGrid `SG.`, GitHub `github_pat_`, GitLab `glrt-`, Atlassian `ATATT3`, Linear `lin_api_`, npm "
      "`npm_`, PyPI `pypi-AgEIcHlwaS5vcmc`, Postman `PMAK-`, Terraform Cloud `.atlasv1.`, Vault `hvs.`, New Relic `NRAK-`, Grafana "
      "`glsa_`, Sentry `sntrys_eyJpYXQiO`, Okta `00`, Square `EAAA`, PlanetScale `pscale_pw_`, Typeform `tfp_`, Cohere, Fastly, "
      "Algolia, Doppler `dp.pt.`, Snyk, OpenAI `sk-svcacct-` / `sk-admin-` with `T3BlbkFJ`, Entra ID `Q~`, Facebook / WhatsApp "
      "`EAAM`). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes "
      "come from the builder's memory and are marked above as believed or guessed.")
    a("")
    return "\n".join(L)
