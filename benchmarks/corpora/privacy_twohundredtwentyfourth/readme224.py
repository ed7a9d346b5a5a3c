"""Renders README.md from a generation (deterministic)."""
import everyday224
import enc224
import evasions224
import negatives224
import positional224
import prose224
import vendor224
from common224 import SEEDS, WORDS


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, deny, muts, refreeze_note):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    by_src = {}
    for r in S:
        by_src.setdefault(r["source"], []).append(r)
    span_types = {r["type"] for r in S}
    containers = {r["container"] for r in S}
    neg_classes = []
    for r in N:
        if r["class"] not in neg_classes:
            neg_classes.append(r["class"])
    cats = positional224.categories()
    L = []
    A = L.append
    A("# privacy_twohundredtwentyfourth (p224) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**funeral directors**: funeral directors, crematoria and memorial masons – the funeral-arrangement CRM (Django, Celery, "
      "Kubernetes, Helm, Jenkins, Teams pastes), crematorium booking portals (Spring, Micronaut, .NET user secrets and "
      "`web.config`, Jira comments), mortuary cold-room controllers (ESPHome, openHAB, Telegraf, Arduino `arduino_secrets.h`), "
      "memorial-mason quote and lettering apps (Laravel, WordPress, Tauri, Rails, a whiteboard photo OCR), chapel livestreams "
      "(OBS WebSocket, ffmpeg wrappers, nginx, Signal messages), obituary and tribute sites (WP-CLI, Ghost, Netlify, Next.js) and "
      "the family portal (Vite, Angular, Firebase); secrets of this world such as an Adler-32-tailed `cti_` cremator telemetry "
      "token, a Luhn-checked `grk_` grave-register key, a MOD 97-10-checked `ows_` webhook secret, an HS512 family-portal JWT, a "
      "Fernet key and a Django `SECRET_KEY`; the trade's own portals and vendors (NAFD, SAIF, BRAMM, NAMM, ICCM, Golden Charter, "
      "Gather, Passare, FrontRunner, Tribute Archive, Legacy.com, Funeral Zone, MuchLoved, Obitus, Wesley Media, Epitaph, "
      "Interflora, Stannp, YouTube Live, Vimeo, Mux, Wowza, getAddress.io, Ideal Postcodes, Loqate, DocuSign, PandaDoc, GOV.UK "
      "Notify, Companies House); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe "
      "restricted keys and webhook secrets, PayPal, Square, WooCommerce, Lob, Shippo, EasyPost, FreeAgent, Twilio API keys, "
      "Vonage, Textlocal, ClickSend, SendGrid, Postmark, Mailjet, WhatsApp Cloud API, Discord / Teams / Google Chat webhooks, "
      "Pushbullet, OpenAI service accounts, Anthropic admin keys, Mistral, Cohere, DeepL, AssemblyAI, Deepgram, ElevenLabs, "
      "OpenRouter, xAI, Azure OpenAI, Bedrock, GitHub fine-grained and app tokens, GitLab runner and trigger tokens, PyPI, "
      "Docker Hub, Postman, Terraform Cloud, Octopus, Netlify, DigitalOcean OAuth, Vultr, OVH, Backblaze B2, Cloudflare R2 and "
      "global keys, AWS STS, Azure SAS and DevOps, FCM, Grafana, New Relic, Rollbar, Honeybadger, LaunchDarkly, Sentry org "
      "tokens, Mapbox, Box, Okta, Auth0, Clerk, Microsoft Graph, Supabase, 1Password Connect, Vault, Doppler, Bitwarden, "
      "Cloudinary, ImageKit, reCAPTCHA, hCaptcha, GA4, Zoom, Calendly, Cal.com, Trello, Asana, ClickUp, monday.com, Typeform, "
      "Linear, Atlassian, Pipedrive, Zoho, Eventbrite, Google Places); with hard negatives from the same world (cremation "
      "register and form numbers, grave deeds and plots, death-registration references, NHS numbers from the 999 test range, "
      "EAN-13 coffin and urn codes, IBANs, funeral-plan numbers, browser-side keys, vendor documentation examples, placeholders, "
      "masked values, KMS / Vault references, argon2 and PBKDF2 hashes, SOPS and KMS ciphertext, image digests, JWKS public "
      "keys, staff password guidance, hymn and licence numbers, memorial permits, cloud resource ids). Everything is produced by "
      "`build.py` and its modules (`common224.py`, `everyday224.py`, `vendor224.py`, `positional224.py`, `prose224.py`, "
      "`enc224.py`, `dec224.py`, `evasions224.py`, `negatives224.py`, `checks224.py`, `readme224.py`, frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%s), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs "
      "every check and %d mutation tests, renders this README from both generations and compares it, and only then writes the "
      "files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief224/`.\n" % (
          ", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in SEEDS.items()), len(muts)))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentyfourth/`) was created (with `mkdir -p`) and written; the only listing made "
      "there was `ls -la` of this directory itself (right after creating it, printing only its `.` and `..` entries, and after the "
      "final build); its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief224/` "
      "(`README_twohundredtwentyfirst.md`, p221, beekeeper / honey-producer developers; `README_twohundredtwentysecond.md`, "
      "p222, locksmith / safe-engineer developers), used only to learn the file format and what is already covered. No other "
      "`/tmp` directory was looked at except the scratch directory `/tmp/scratch224/` (an extracted copy of the public gitleaks "
      "rule file, a dump of the deny-list, round-trip runs and trial builds in `/tmp/scratch224/out`). The deny-list "
      "(`common224.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, "
      "also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes "
      "of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs such as `alg` and `id`, which only "
      "makes the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is frozen in "
      "`brief_names.json`; when `/tmp/brief224/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose were avoided by hand as well. "
      "Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), refreeze_note))

    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len(span_types), len(containers), len(by_src["everyday"]),
        len(by_src["vendor"]), len(by_src["password"]), len(by_src["prose"]), len(by_src["prose"])))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len(neg_classes)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p224-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p224-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p224-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and "
      "unused: `%s`). Vendor 120 (%d candidates coded; set aside: %s). Positional passwords %d (one record per syntax; by where "
      "the text lives: %s; %d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and "
      "unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: "
      "about 450). Strings drawn through the registry (values, vendor neighbours, Base64-hidden passwords, evasion plains and "
      "runs): %d.\n" % (
          everyday224.SPARE_KIND, len(vendor224.V),
          "; ".join("`%s` (%s)" % (k, v) for k, v in vendor224.SET_ASIDE.items()),
          len(by_src["password"]), ", ".join("%s %d" % (k, v) for k, v in cats.items()), len(positional224.SET_ASIDE),
          "; ".join("`%s` (%s)" % (k, v) for k, v in positional224.SET_ASIDE.items()),
          ", ".join("`%s` (%s)" % (c, n) for c, n in prose224.SPARES), len(N), len(neg_classes), len(S),
          data["registry_size"]))

    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Teams chat paste, a Jira "
      "comment, a whiteboard photo OCR, a Google Sheets CSV export, a sticky-note OCR on the mortuary fridge, a Signal message, "
      "bash and zsh history, `setx`, `railway variables --set`, `doppler secrets set`, `kubectl create secret --from-literal`, a "
      "Slack huddle note, an e-mail to the IT contractor, a Bitwarden JSON export) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s, …; %d in all, letters only; capitalised with probability 0.4) + "
      "one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the "
      "six owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional "
      "value, the password hidden inside the Base64 `.npmrc` value, every prose value and every arrangement-PC evasion plain." % (
          ", ".join(WORDS[:40]), len(WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, hidden "
      "passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters, a string of the strict password form or a UUID-shaped string that is not version 4.")
    A("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its "
      "`alg` (checked): the family-portal token and the Calendly token are real HS512 JWTs, the monday.com and Supabase tokens "
      "real HS256 JWTs (HMACs under discarded keys), the 1Password Connect token ES256-shaped (real JSON, random signature). "
      "`cti_` tokens end in the real Adler-32 of their 32-character body, `grk_` keys carry a real Luhn digit over their "
      "11-digit cemetery account, `ows_` secrets end in real ISO 7064 MOD 97-10 digits, Fernet keys decode to 32 bytes, Django "
      "keys are 50 characters of Django's alphabet (all checked). Vendor frames: the Grafana `glc_` token is Base64 of real JSON, "
      "the Sentry `sntrys_` token carries Base64 JSON with `region_url`, the Mapbox `sk.` token a base64url JSON middle part "
      "(checked); all 120 vendor values are checked against a regular expression or frame check written next to their "
      "generator. The `.npmrc` `_auth` span is Base64 of `user:password` with a strict-form password (checked); the mortuary "
      "door-panel file puts the value in columns 41–60 (checked). Negatives: EAN-13 codes carry real GS1 check digits, IBANs "
      "real mod-97 digits, NHS numbers (999 test range) real modulus-11 digits, plan numbers real Luhn digits (checked); image "
      "digests are real SHA-256 / SHA-1 of random bytes; argon2, PBKDF2, SOPS, KMS and JWKS bodies are random bytes in the right "
      "frame.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.eastgate-funerals.example`, `*.northfield-crem.example`, "
      "`*.hollins-memorials.example`, private addresses), key names, and the ids written next to a vendor secret (%s) and the "
      "user half of a user / password pair." % "; ".join("%s: %s" % (v[0], v[5]) for v in vendor224.active() if v[5]))
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's words in "
      "the style's case; the Bitwarden export puts the type's title-case words in `name`, the neighbour (or `api`) in "
      "`login.username` and the secret in `login.password`." % ", ".join("`%s` (%s)" % s for s in vendor224.STYLES))
    A("- Positional passwords: span type `fdpw_<syntax>`, container `fdpw_<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional224.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses plain or run.\n")

    A("## Categories (positives)\n")
    A("Everyday (12 types): %s.\n" % "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday224.TYPES))
    A("Container kinds (45, key style in brackets): %s. Pairing: the 45 kinds form 15 blocks of three; each block takes its "
      "own seeded permutation (seed %d) of the 12 types and deals four consecutive types to each kind, so every kind holds four "
      "different types and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places "
      "(a Fernet key on a sticky note, a Django key in a Signal message). Key names are the type's key words in the container's "
      "own case style: upper (with `SECRET_` in `arduino_secrets.h`, `export` / `setx` in shells, `Environment` dicts in "
      "launchd), snake, camel, pascal (`Crematorium:` section in user secrets), dot (`crem.` prefix), spaced (chats, tickets, "
      "messages) and title (OCR, CSV cells).\n" % (
          ", ".join("`%s` (%s)" % (k, v[0]) for k, v in everyday224.KINDS.items()), SEEDS["everyday_pairing"]))
    A("Vendor (120 types, container `<type>__<style>`): %s.\n" % _bt(v[0] for v in vendor224.active()))
    A("Positional passwords (%d syntaxes, span type `fdpw_<syntax>`): %s. None of them is among the syntaxes or names of "
      "either README (compared after removing the `<letters>pw_` prefix; checked).\n" % (
          len(positional224.P), "; ".join("`fdpw_%s` (%s, %s)" % (s, c, f) for s, c, f, _ in positional224.P)))
    A("Prose: someone tells a colleague the password of the arrangement-room PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the "
      "languages of either README (checked: code against the codes and all deny-listed names; name and each name word against "
      "the language names); German, Italian, Portuguese, Latin, Esperanto and Chinese were also avoided because the READMEs "
      "name them for number words or numerals. Scripts: %s. Japanese, Burmese and Khmer do not separate words, so the value got "
      "spaces around it; Hebrew and Southern Pashto are right-to-left with the Latin value embedded; Basque, Japanese, Korean, "
      "Gujarati, Marathi, Malayalam, Burmese, Tigrinya, Tajik, Northern Kurdish, Southern Pashto and Hindi put the copula after the value (after a "
      "space); every value is set off by whitespace on both sides (checked).\n" % (
          prose224.TYPE, _bt(prose224.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, *_ in prose224.LANGS),
          ", ".join(sorted({s for _c, _n, s, *_ in prose224.LANGS}))))

    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (n, enc224.RULES[n]) for n in enc224.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: `%s`" % (enc224.FAMILY[n], n) for n in enc224.ENCODINGS) + ".\n")
    A("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, "
      "so each encoding appears once per type and once per wording).\n" % (
          "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions224.TYPES), _bt(w[0] for w in evasions224.WORDINGS)))
    A("Encoders are in `enc224.enc` (the rng only adds noise the decoder ignores: headstone initials and years of death, grave "
      "sections and rows, urn model names, flower and tribute names); the decoder `dec224.decode` gets only the encoding name "
      "and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or "
      "`unicodedata`, with every table retyped: code-point offsets of the Devanagari and Khmer digit blocks, a Greek numeral "
      "value table with the keraia check, a counting-rod reader that rejects a vertical rod in the tens place, a Dutch "
      "word-grammar parser (unit + `en` / `ën` + tens, `honderd` prefix), a Finnish morpheme tokenizer (`kymmentä` multiplies, "
      "`toista` adds ten), fullwidth and monospace offset arithmetic, a Deseret back-table, a straddling-checkerboard reader "
      "with the capital and digit escapes, a Manchester pair reader that rejects `00` / `11`, a Hamming(7,4) syndrome check, a "
      "`\\u` escape reader, the inverse rotation, a basE91 bit-accumulator decoder, a resistor colour table and regular "
      "expressions plus arithmetic for the six world disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` "
      "plains of length 8–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` "
      "(checked).\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word language, "
      "numeral notation, look-alike block, cipher, byte notation, bit code, positional trick and world disguise named there "
      "(Thai, Mongolian, Tibetan, Lao and the other listed digit blocks; Chinese financial, Suzhou, Tamil, Roman, Hebrew, "
      "Armenian, Egyptian and Aegean numerals; Italian, Turkish, French, Latin, Czech, Portuguese, Polish, Danish, German, "
      "Esperanto and Swahili number words; small capitals, superscripts, keycaps, combining overlays, runes and Ogham; Z85, "
      "Base58, Base45, Bech32m, Ascii85, Crockford Base32, uuencode; Elias gamma, Gray, BCD, Zeckendorf; Caesar, Atbash, "
      "Vigenère, affine, keyword, Hill, Polybius, Bacon, rail fence, columnar, book cipher; reversal, stutter, pair swap, odd / "
      "even, Burrows-Wheeler, move-to-front; Morse, radio alphabets, Braille, MIDI notes, seven-segment, CSS colours, "
      "Fahrenheit, day-of-year, HTML / percent / octal escapes; the bee and locksmith disguises). Close relatives remain and a "
      "scorer may count them as the same idea: Devanagari and Khmer digits next to the earlier digit blocks, Greek alphabetic "
      "and counting-rod numerals next to Hebrew / Armenian and Suzhou / daxie numerals, Dutch and Finnish next to the earlier "
      "number-word languages, fullwidth and monospace forms next to the small capitals, Deseret next to the runes, the "
      "straddling checkerboard next to Polybius (it is a fractionating substitution), Manchester and Hamming(7,4) next to the "
      "earlier bit codes, JSON `\\u` escapes next to HTML / percent escapes, the cyclic rotation next to the earlier positional "
      "orders (it is the easiest to spot), basE91 next to Z85 / Ascii85, resistor colours next to CSS colours and "
      "seven-segment spellings, and the six funeral disguises (birth year −1800, plot −300, hymn −200, urn capacity −100, "
      "mileage ×10, stem count as is) next to the earlier world disguises. Fullwidth and monospace runs stay visually readable, "
      "which is the point of a look-alike evasion; monospace leaves `_ . -` unchanged.\n")

    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cls, kinds, desc in negatives224.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cls, sum(1 for r in N if r["class"] == cls), _bt(k.__name__ for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped %s.\n" % ", ".join("`__%s`" % w for w in negatives224.WRAPPERS))

    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text and nowhere else in any text; no value reused; no positive value or evasion plain in any "
      "negative; no Base64-hidden password or evasion plain visible anywhere; no slot marker, NUL or `PRIVATE KEY`; prose values "
      "set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and arrangement-PC evasion passwords (`cco_` and `myg-` plains by their own regexes); "
      "`cti_` Adler-32; `grk_` Luhn; `ows_` MOD 97-10; HS512 family-portal JWT; Fernet 32 bytes; Django alphabet and length; "
      "120 vendor regexes and frame checks; mortuary door-panel columns 41–60; UUID-shaped substrings of every text are version "
      "4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature length that fits "
      "its `alg`; negatives: EAN-13, IBAN, NHS and plan-number check digits, and no string of the strict password form")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline "
      "and is followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive "
      "value, evasion plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, spare kind, "
      "vendor style, set-aside vendor and syntax, password suffix, prose format, evasion wording and negative wrapper is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `fdpw_`) and the set-aside syntaxes also against the earlier syntax list; prose languages (taken from the record "
      "containers) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief224/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday containers "
      "unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _, c in muts), len(muts),
        ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))

    A("## Shapes you had to guess\n")
    groups = [(vendor224.READ, "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, "
               "`config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix, a "
               "case-insensitive class or a length range, the exact length and case are mine)"),
              (vendor224.BELIEVED, "*Believed right from background knowledge of public rule sets and vendor docs (not re-read "
               "this session)*"),
              (vendor224.GUESSED, "*Guessed (length and alphabet only; most funeral, cemetery, tribute, livestream and address "
               "vendors publish no token format the builder knows, so these are recognisable from the key name only)*"),
              (vendor224.OWNER, "*Owner-chosen passwords (the trade portal is unlocked with a password the business picked)*")]
    for basis, head in groups:
        items = [v for v in vendor224.active() if v[3] == basis]
        A("%s (%d): %s.\n" % (head, len(items), "; ".join(
            "`%s` (%s%s)" % (v[0], v[4], (" – next to it: " + v[5]) if v[5] else "") for v in items)))
    A("Also invented or guessed: the everyday layouts `cti_` (Adler-32 tail), `grk_` (Luhn digit) and `ows_` (MOD 97-10 over "
      "the hex read as digit groups) and the evasion prefixes `cco_` / `myg-` are invented; the HS512 JWT, the Fernet key and "
      "the Django `SECRET_KEY` follow public formats for invented uses. The arrangement-room PC CSV (fourth column `unlock`), "
      "chapel AV desk semicolon file, mortuary door-panel fixed-width file (columns 41–60, header `CODE`), hearse-tablet YAML "
      "flow sequences and the office wiki table (column `Unlock`) are invented formats of this world. Syntaxes are written from "
      "memory, not re-checked against manuals (notably `vmrun -gu/-gp`, `snmpget -A`, `certutil -p`, `signtool /p`, "
      "`ejabberdctl register`, `swaks -au/-ap`, `rar -hp`, `mutool draw -p`, `msoffcrypto-tool -p`, `bw unlock`, `obs-cmd` "
      "`obsws://` URL, `espota.py -a`, `create_ap`, `lpass` with `LPASS_DISABLE_PINENTRY`, `argon2` CLI, `vault kv put value=-`, "
      "`secret-tool store`, `Net::SMTP.start` positionals, `Workbooks.Open` argument order, AutoIt `ControlSetText`, Power "
      "Automate Desktop `PopulateTextField`, UiPath `TypeInto`, dovecot `{PLAIN}` passwd-file, jetty `realm.properties`, "
      "ActiveMQ `users.properties`, stunnel PSK file, Quectel `AT+QICSGP` argument order, Redis `HELLO 3 AUTH`, the Odoo "
      "JSON-RPC `login` call, ClickHouse `mysql()` argument order, `sp_addlogin`). Evasion code points (Devanagari U+0966, "
      "Khmer U+17E0, counting rods U+1D360 / U+1D369, fullwidth U+FF01–FF5E, monospace U+1D670 / U+1D68A / U+1D7F6, Deseret "
      "U+10400 / U+10428, the Greek stigma ϛ and koppa ϟ and keraia ʹ) and the basE91 algorithm are from memory and checked "
      "only by round trip (no published basE91 test vector was re-read). Negatives: the register, deed, permit, Tell Us Once, "
      "CCLI and plan-number layouts are approximate; NHS numbers come from the 999 test range.\n")

    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (arrangement CRM admin, crematorium booking portal, mortuary fridge controller, "
      "mason quote app, chapel livestream encoder, obituary CMS) and six generated secrets (`cti_` cremator telemetry token, "
      "`grk_` grave-register key, `ows_` webhook signing secret, HS512 family-portal JWT, Fernet key, Django `SECRET_KEY`). Key "
      "names in everyday files say password / token / key / secret / jwt – that is how such files look; the telling-key-free "
      "cases are in the positional source. The Django key contains `#`, `$`, `&`, `(` and similar characters; they are written "
      "verbatim even where a real file would need quoting or escaping (an `&` in an XML attribute, a `$` in a double-quoted "
      "shell string) – the value is what a person pasted.")
    A("- Vendor: many funeral, cemetery, tribute, livestream and address vendors publish no token format the builder knows, so "
      "their types are recognisable only from the key name (part of the test). Six vendor types carry owner-chosen passwords "
      "(NAFD, SAIF, BRAMM, NAMM, ICCM forum, Golden Charter agent portal). Whole strings are labelled for the Discord, Teams and "
      "Google Chat webhook URLs, the Azure SAS query string and the GOV.UK Notify key (the string is the credential). "
      "Same-shape traps: the Google Places server key (positive) has the `AIza` shape of the referrer-restricted browser key in "
      "the negatives; the reCAPTCHA secret (`6L…`) sits next to its public site key of the same shape and the negatives hold "
      "more site keys; the Stripe `rk_live_51` key against the `pk_live_51` publishable key; the Mapbox `sk.` secret against "
      "the `pk.` public token; FrontRunner, DocuSign, Postmark and Companies House values are bare UUIDv4s like the Azure "
      "subscription and tenant ids in the negatives; many 32/40/64-hex secrets (Passare, Funeral Zone, Vimeo, Mailjet, "
      "AssemblyAI, Deepgram, Rollbar, Pipedrive, Cloudflare R2, Azure OpenAI) look like the image digests, commits and JWKS "
      "key ids of the negatives. Ids next to a secret (client ids, Twilio `SK` SID, Vonage key, WooCommerce `ck_`, PayPal client "
      "id, R2 / B2 key ids, the `ASIA` access key id, Cloudinary API key, GA4 measurement id, site keys, member and agent "
      "numbers) stay unlabelled as the public half of a pair (arguable: some vendors call them keys; the Twilio `SK` SID and "
      "the WooCommerce `ck_` consumer key are the most arguable). The Bitwarden export's `password` field holds an API key for "
      "most vendor types – that is how people store API keys in password managers.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `/p:`, `-gp`, `-A`, `-ap`, `-a`; pairs `user:secret`, "
      "`DOMAIN/user:secret@host`; URL userinfo in WinSCP, git, mutt, pip, CUPS and RTSP; positionals of `ejabberdctl`, "
      "`create_ap`, `bw unlock`, `irssi /connect`), unlocks or decrypts (7z, rar, mutool, msoffcrypto, PFX import, code-signing, "
      "LUKS, KeePassXC, pypdf, PEM keys, SQLCipher rekey, VBA `Workbooks.Open` / `Unprotect`), derives, hashes or signs with a "
      "literal (PBKDF2 in Python, Java, C#, Go and PHP, scrypt, argon2, HMAC in Node, Java, Ruby and Dart, JWT signing in Node "
      "and PHP, itsdangerous, CryptoJS, pgcrypto `crypt`, MySQL `SHA2`), stores a secret (`vault kv put`, `gh secret set`, "
      "`wrangler secret put`, `secret-tool`), is an SNMP community or auth phrase, a PSK or a Wi-Fi key, sits in a file by "
      "position, travels in a protocol exchange or is typed by automation (UI scripts use neutral field ids `f1` / `f2`, "
      "`Edit2`). Weakest kept cases, with a hint nearby: the `sudo -S` prompt line `[sudo] password for …` printed after the "
      "command, the `-A` / `-ap` / `-gp` flags (abbreviations of auth pass / guest pass), the proxychains comment `# type host "
      "port user pass`, the `simple:` label of the LDAP decode, the `_auth` key of `.npmrc` (span is the whole Base64 token), "
      "`PRAGMA rekey`, the `pw_hash` / `pw_sha` column names of the SQL seeds and the `unlock` / `CODE` / `Unlock` headers of the "
      "invented files; none of them is a `password=` key. The MinIO `NewStaticV4` and the `vault kv` values are secret keys "
      "labelled like passwords; the argon2, pgcrypto `crypt` and `SHA2` values are admin passwords about to be hashed. Syntaxes whose flag "
      "or function name says pass / password / pw right before the value (`--password`, `-pw`, `setPassword`, "
      "`PasswordAuthentication`, `ssh.Password`, `CURLOPT_USERPWD`, `IDENTIFIED BY`, `PASS`) were not written.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; "
      "modest for %s; low for %s. Loan words (PC, password, パスワード, পাসওয়ার্ড, पासवर्ड, paroli / пароль) are kept as "
      "people use them. `nob` is Norwegian Bokmål, `msa` the Malay macrolanguage, `plt` Plateau Malagasy, `uzn` Northern "
      "Uzbek, `kmr` Northern Kurdish and `pbt` Southern Pashto – the individual languages or standard codes behind those "
      "names." % tuple(", ".join(n for _c, n, _s, conf, _t in prose224.LANGS if conf == k) for k in ("fair", "modest", "low")))
    A("- Evasions: Devanagari and Khmer are digit blocks; Greek alphabetic and counting-rod numerals are numeral notations "
      "(counting rods alternate vertical and horizontal forms by place and use 〇 for an empty place); Dutch and Finnish are "
      "spelled forms; fullwidth and monospace letters are look-alike blocks (the run still reads like the plain to a human, "
      "which is why they are used to dodge filters); Deseret is a script substitution; the straddling checkerboard is a "
      "fractionating cipher; Manchester and Hamming(7,4) are bit codes; JSON escapes an escape notation; the rotation a "
      "positional trick (the run is a rotation of the plain, so most of the plain is visible – the weakest); basE91 a "
      "byte-to-text encoding (its runs can contain quotes, backticks, braces and similar punctuation, stored verbatim); resistor colours a digit "
      "spelling; headstone birth years, grave plots, hymn numbers, urn capacities, hearse mileages and tribute stem counts are "
      "this world's disguises of character codes.")
    A("- Negatives: register, deed, entry, permit, fixer, licence and plan numbers are identifiers (EAN-13, IBAN, NHS and plan "
      "numbers carry real check digits); NHS numbers are personal data but not credentials and come from the 999 test range; "
      "Stripe `pk_live_51`, GA4 ids, reCAPTCHA / hCaptcha site keys, the browser `AIza` key and the Mapbox `pk.` token are "
      "public by design (the browser `AIza` key has exactly the shape of the labelled Google Places server key – the most "
      "arguable negative; the reCAPTCHA site key is the second most arguable); the AWS documentation pair, the jwt.io sample and "
      "the SDK readme placeholders are published examples; `.env.example` files use the real key names of this corpus with "
      "placeholders (a trap for key-name-only detectors); masked values carry no value; KMS, Vault, `op://`, Secrets Manager "
      "and GCP strings are pointers; PBKDF2 and argon2 strings are one-way hashes (the column is called `password`, a trap); "
      "SOPS `ENC[…]` values sit under real key names (a trap) and KMS blobs are ciphertext; digests, commits and JWKS keys are "
      "public. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief224/` (p221 and p222), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch224/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch224/`), read for the rules behind every vendor type "
      "marked *read this session* above (Typeform `tfp_`, Linear `lin_api_`, Atlassian `ATATT3`, Stripe `rk_live_`, Square "
      "`EAAA`, Lob `live_`, Shippo `shippo_live_`, EasyPost `EZAK`, SendGrid `SG.`, Teams webhook URLs, OpenAI `sk-svcacct-` "
      "with `T3BlbkFJ`, Anthropic `sk-ant-admin01-`, Cohere, Bedrock `ABSK`, GitHub `github_pat_` and `ghs_`, GitLab `glrt-` "
      "and `glptt-`, PyPI `pypi-AgEIcHlwaS5vcmc`, Postman `PMAK-`, Terraform `.atlasv1.`, Octopus `API-`, DigitalOcean "
      "`doo_v1_`, Cloudflare global keys, Grafana `glc_` and `glsa_`, New Relic `NRAK-`, Okta `00`, Entra / Graph `Q~` secrets, "
      "Vault `hvs.`, Sentry `sntrys_`, GCP `AIza`, Fastly) and for the 1Password, Doppler, Heroku, Mapbox `pk.`, Twilio `SK`, "
      "Slack, JWT and age rules as background. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened "
      "this session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
