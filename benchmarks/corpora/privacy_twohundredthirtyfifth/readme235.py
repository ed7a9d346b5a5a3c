"""Renders README.md from the generated data and the module tables."""
import collections

import enc235
import everyday235
import evasions235
import negatives235
import positional235
import prose235
import vendor235

NB_LABEL = lambda nb: " ".join(nb[0])


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(d, dl, mres, notes):
    S, E, N, M = d["secrets"], d["evasions"], d["negatives"], d["meta"]
    L = []
    w = L.append
    by = collections.Counter(r["source"] for r in S)
    pw_cats = collections.Counter(c for _, c, _, _ in positional235.SYNTAXES)
    w("# privacy_twohundredthirtyfifth (p235) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **surf schools**: surf schools, board shapers and beach lifeguard clubs – the lesson booking site "
      "(Laravel `.env` and `config/services.php`, Rails settings, Phoenix `runtime.exs`, Nuxt runtime config, Fly.io `fly.toml`, "
      "Spring `application.yml`, ASP.NET user secrets), the board / wetsuit rental till (Electron store, Flutter `--dart-define-from-file`, "
      "Android `local.properties`, a Windows `.reg` export), the shaping bay (CNC controller INI, LinuxCNC INI, OctoPrint, Node-RED), "
      "the surf cams (go2rtc, MediaMTX, a systemd relay unit), the beach tide / weather station (ESPHome `secrets.yaml`, PlatformIO build flags, "
      "WeeWX, a Mosquitto bridge), the lifesaving club (Drupal `settings.php`, Firebase functions `.env`, Apps Script properties, OpenWrt UCI on the "
      "radio gateway), the ops around them (Ansible group vars, Terraform `tfvars.json`, Helm values, Nomad, systemd environment files, Bitbucket "
      "Pipelines, CircleCI, Azure Pipelines, supervisord, fish and PowerShell history, `docker run -e`, `kubectl describe`) and the messy places values "
      "get pasted (a Notion page export, a WhatsApp group export, a Telegram chat export, a Trello comment, a sticky-note photo OCR); secrets of this world "
      "such as a `swb_` swell-feed key with a real Adler-32 tail, an `ssk_` lesson-server key with a real Damm digit over the school number, an `lgw_` "
      "patrol-alert webhook secret with real ISO 7064 MOD 97-10 digits, a Laravel `APP_KEY`, an age X25519 identity with a real Bech32 checksum and an "
      "HS384 instructor-app JWT; the trade's own portals and data vendors (Surfline, SLSA SurfGuard, ISA instructor portal, RLSS, Shape3d, Windguru, "
      "Stormglass, Windy, WorldTides, OpenWeatherMap, WeatherAPI, Visual Crossing, AccuWeather, NOAA CDO, WillyWeather, AISStream, what3words, "
      "YouTube and Twitch stream keys, Mux, Vimeo, Strava, Zello, Rezgo, TrekkSoft, Mindbody, Acuity, SimplyBook); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (Stripe secret keys, Square OAuth secrets, Braintree, GoCardless, SumUp, Adyen, Shopify admin tokens, "
      "BigCommerce, Ecwid, Squarespace, Etsy, ShipStation, Sendle, Easyship, Xero, QuickBooks, Duffel, Telegram bots, Pushover, Twilio auth tokens, "
      "MessageBird, Sinch, Telnyx, Brevo, Mailgun, Mailchimp, Klaviyo, Resend, Intercom, Zendesk, Freshdesk, Slack bot tokens and webhooks, Discord bot "
      "tokens, OneSignal, Mattermost, OpenAI project keys, Anthropic API keys, Gemini, Groq, Replicate, Hugging Face, Perplexity, Together, Stability, "
      "Pinecone, W&B, LangSmith, Voyage, GitHub classic and OAuth tokens, GitLab PAT and deploy tokens, Bitbucket app passwords, npm, NuGet, Render, Fly.io, "
      "Heroku, DigitalOcean, Hetzner, Cloudflare API and tunnel tokens, AWS, Azure Storage, Sentry, Datadog, UptimeRobot, Better Stack, Pulumi, 1Password "
      "service accounts, Doppler, Snyk, SonarCloud, CircleCI, Buildkite, Apple app-specific passwords, Algolia, Contentful, New Relic, Tailscale, Matomo, "
      "Airtable, Notion, Jotform, monday.com, ClickUp, Trello, Todoist, Cal.com, Google OAuth, Dropbox); with hard negatives from the same world "
      "(board serials and glassing labels, fin and leash part numbers, EAN-13 codes with real check digits, tide tables, buoy rows, booking and invoice "
      "references, wetsuit RFID tags, MMSI numbers, incident numbers, browser-safe client keys, documentation placeholders, masked values, secret-store "
      "pointers, bcrypt / scrypt hashes, PGP public armor with real CRC-24, SSH public keys, certificate fingerprints, geohashes, SRI hashes, "
      "password-hygiene prose). Everything is produced by `build.py` and its modules (`common235.py`, `everyday235.py`, `vendor235.py`, "
      "`positional235.py`, `prose235.py`, `enc235.py`, `dec235.py`, `evasions235.py`, `negatives235.py`, `checks235.py`, `readme235.py`, frozen "
      "deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (23501 everyday values, 23511 everyday pairing, "
      "23502 vendor, 23503 positional, 23504 prose, 23505 evasions, 23506 negatives), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief235/`.\n" % len(mres))
    w("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredthirtyfifth/`) was created (with `mkdir -p`) and written; the only listings made there were `ls -la` of this "
      "directory itself right after creating it and after the final build (which print its own `.` and `..` entries and nothing of the parent's contents); its parent was never "
      "listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material "
      "read were the two READMEs in `/tmp/brief235/` (`README_twohundredthirtieth.md`, p230, vineyards / wineries; `README_twohundredthirtysecond.md`, "
      "p232, escape rooms; the directory was listed once with `ls -la` and the files sized with `wc -c`), used only to learn the file format and what is "
      "already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch235/` (an extracted copy of the public gitleaks "
      "rule file and trial builds in `/tmp/scratch235/out`). The deny-list (`common235.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` "
      "prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg` and `id`, which only makes the list "
      "stricter) and the names and name words of those pairs (%d, with harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief235/` "
      "exists the build re-extracts it and fails if it differs (this build: %s). Encodings, syntaxes, languages and negative ideas that the two READMEs "
      "name only in prose (their *avoided* and *set aside* lists) were avoided by hand as well. Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"]), "; ".join(notes) or "n/a"))
    # ------------------------------------------------------------------ files
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
        by["everyday"], by["vendor"], by["password"], by["prose"], by["prose"]))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
    w("Schema (same as the earlier corpora): positives `id` (`p235-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p235-e-NNNN`): `id`, `type`, "
      "`container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and "
      "`encoding`. Negatives (`p235-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and unused: `%s`). "
      "Vendor 120 (%d candidates coded or written down; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; "
      "%d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 5 presentations (1 more class written down and unused: `%s`). Positives total %d (asked: about 450). "
      "Strings drawn through the registry (values, vendor neighbours, Base64 positional values, evasion plains and runs): %d (of them %d public "
      "neighbours).\n" % (
          everyday235.SPARE_KIND, 120 + len(vendor235.SET_ASIDE),
          "; ".join("`%s` (%s)" % (a, b) for a, b in vendor235.SET_ASIDE), by["password"],
          ", ".join("%s %d" % (k, v) for k, v in pw_cats.most_common()), len(positional235.SET_ASIDE),
          "; ".join("`%s` (%s)" % (a, b) for a, b in positional235.SET_ASIDE),
          ", ".join("`%s` (%s)" % s for s in prose235.SPARES), len(N), len(negatives235.CLASSES), negatives235.SPARE_CLASS,
          len(S), M["registry_size"], M["registry_public"]))
    # ------------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and "
      "never the key. Values pasted where they do not belong (a WhatsApp group export, a Telegram chat export, a Trello comment, a Notion export, a "
      "sticky-note OCR, fish / PowerShell / bash history, `kubectl describe`, `doppler secrets set`, `fly secrets set`, `vercel env add`, a WhatsApp DM, "
      "an e-mail to a freelancer, a 1Password CSV export, a ConfigMap) are labelled.")
    w("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + "
      "3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the six owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password hidden in a Base64 span, every prose value and "
      "every office-PC evasion plain." % (", ".join(sorted(__import__("common235").WORDS)[:40]), len(__import__("common235").WORDS)))
    w("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no evasion plain "
      "and no Base64-hidden password appears in any text. Values, vendor neighbours, Base64 values, evasion plains and runs are drawn through one "
      "registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains "
      "any registered secret string of 6+ characters (public neighbours excepted), a world word + joiner + tail (the password form, searched with "
      "alphanumeric boundaries) or a UUID-shaped string that is not version 4, or if it repeats an earlier negative text.")
    w("- Structured values are valid: `swb_` keys end in the real Adler-32 of their 28-character body (8 hex), `ssk_` keys carry a real Damm check "
      "digit over their 8-digit school number, `lgw_` secrets end in two real ISO 7064 MOD 97-10 digits (the whole 32-character body, letters valued "
      "10–35, is 1 mod 97), the Laravel `APP_KEY` is Base64 of 32 bytes, the age identity is real Bech32 (HRP `age-secret-key-`, 32 random bytes, "
      "checksum verified), the instructor token is a real HS384 JWT (all checked). Every UUID-shaped substring of every text is version 4 and every "
      "JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its `alg` (checked). "
      "Vendor frames: the monday.com token is a real HS256 JWT; the Cloudflare tunnel token, the 1Password service-account token (`ops_` + …) and the "
      "Intercom token are standard Base64 of real JSON / text; the Discord bot token starts with Base64 of an 18-digit id; all 120 vendor values are "
      "checked against a regular expression built from the same spec that generated them. The SMTP `AUTH PLAIN` and XMPP SASL spans are Base64 of "
      "`\\0user\\0password` with a strict-form password (checked); the invented `$LGTWR` sentence carries a real NMEA XOR checksum (checked). "
      "Negatives: EAN-13 codes carry real check digits and PGP armor a real CRC-24 line (both checked); SRI values are real SHA-384 of random bytes; "
      "geohashes are real encodings of their coordinates; `ssh-ed25519` keys have the real wire framing around 32 random bytes; bcrypt and scrypt "
      "strings are random characters in the right frame.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.saltline-surfschool.example`, `*.kelpcove-boards.example`, `*.northpoint-slsc.example`, "
      "`*.greenroom-shapes.example`, `*.driftwood-point.example`, private addresses), key names, and the ids written next to a vendor secret (%s) and "
      "the user half of a user / password pair." % "; ".join(
          "%s: %s" % (v[0], NB_LABEL(v[4])) for v in vendor235.VENDORS if v[4]))
    w("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's key words in the style's "
      "case; the 1Password CSV export puts the type's title-case words in `Title`, the neighbour (or `api`) in `Username` and the secret in "
      "`Password`." % ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vendor235.STYLES))
    w("- Positional passwords: span type `surfpw_<syntax>`, container `surfpw_<syntax>__<suffix>` where the suffix says where the text lives: %s." %
      ", ".join("`%s` (%s)" % (v, k) for k, v in positional235.SUFFIX.items()))
    w("- Prose: span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic)." % (prose235.SPAN_TYPE, _bt(prose235.FORMATS)))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own line, "
      "then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, if the run "
      "would start or end with whitespace or hold a newline, or if the registry refuses plain or run.\n")
    # ------------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in everyday235.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, v[0]) for k, v in everyday235.KINDS.items()) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 23511) of the 12 types and deals four "
      "consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore "
      "also land in implausible places (an age identity in a PlatformIO build flag, a JWT on a sticky note). Key names are the type's key words in the "
      "container's case style (upper, snake, camel, pascal, kebab in Spring YAML, dot with a `kelpcove.` prefix in `local.properties`, spaced in the chat "
      "exports and the Trello comment, title in the Notion table and the OCR text); the Laravel key's words are `app key`, so it is `APP_KEY` wherever "
      "the style is upper.\n")
    w("Vendor (120 types, container `<type>__<style>`): " + _bt(v[0] for v in vendor235.VENDORS) + ". Shapes are listed under *Shapes you had to guess*.\n")
    w("Positional passwords (%d syntaxes, span type `surfpw_<syntax>`): %s. None of them or the set-aside names is among the syntaxes or names of "
      "either README (compared after removing the `<letters>pw_` prefix; checked).\n" % (
          len(positional235.SYNTAXES), "; ".join("`surfpw_%s` (%s, %s)" % (s, c, f) for s, c, f, _ in positional235.SYNTAXES)))
    scripts = sorted({l[2] for l in prose235.LANGS})
    w("Prose: someone tells a colleague the password of the lesson office PC and asks them not to give it to the students; languages (40): %s. "
      "None of them or the spares is among the languages of either README (checked: code against the codes and all deny-listed names; name and each "
      "name word against the language names); Estonian and Esperanto were kept out of the prose because this corpus uses them for number words, and "
      "the languages the READMEs name for numerals or number words were avoided. Scripts: %s. Persian, Urdu and Arabic are right-to-left with the Latin "
      "value embedded; Persian, Urdu, Punjabi, Nepali and Amharic put a copula after the value (after a space); every value is set off by whitespace on "
      "both sides (checked).\n" % (", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose235.LANGS), ", ".join(scripts)))
    # ------------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join("`%s` = \"%s\"" % (k, v) for k, v in enc235.RULES.items()) + ".\n")
    w("Families: " + "; ".join("%s: `%s`" % (v, k) for k, v in enc235.FAMILIES.items()) + ".\n")
    w("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[3]) for t in evasions235.TYPES) + "; wordings: " + _bt(evasions235.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    w("Encoders are in `enc235.enc` (the rng only adds noise the decoder ignores: the shuffle order of the position-tagged pairs, board models and fin "
      "systems, swell heights and directions, tide times); the decoder `dec235.decode` gets only the encoding name and the run and is written "
      "separately, importing nothing from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: Esperanto and "
      "Estonian word tables (Esperanto `-dek` / `-cent` compounds, Estonian `-kümmend` and `-teist`), the Polybius grid rebuilt from ranges, Atbash "
      "as arithmetic on code points, an a/b bit reader that insists on eight letters, its own Base45 (rejecting overflowing triples), uuencode and "
      "xxencode readers (checking the byte count), a Z85 reader that drops the zero padding, a variation-selector reader that insists on the 🌊 "
      "carrier and on selector code points only, an upside-down back-table, a strike-through reader that insists on the mark after every character, "
      "XOR 0x5A on hex pairs, a Zeckendorf reader that rejects adjacent 1s, a powers-of-two reader that rejects non-powers and repeats, 255 − byte, a "
      "position sort that insists on positions 1…n, MAC groups with trailing zero bytes removed, and regular expressions plus arithmetic for the four "
      "surf disguises (volume × 10 − 200, length in inches − 20, period × 10, height − 30). Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` "
      "(checked).\n")
    w("Avoided on purpose (named by an earlier README in a list or in prose): every digit block, numeral notation, number-word language, spelled "
      "alphabet, look-alike block, cipher, byte notation, bit code, positional order, invisible-character trick and world disguise named there (Mayan, "
      "Balinese, dozenal, base 7, dice, factoradic, balanced ternary, Latin, Swahili, Japanese, Lithuanian, Braille, hexagrams, Morse, affine, "
      "columnar transposition, Ascii85, base32hex, octal, quoted-printable, CSS escapes, base 36, BCD, tag characters, zero-width spaces, "
      "parenthesized / squared / circled / fullwidth letters, Colemak and the other layouts, the chaff / decoy interleaves, clock times, "
      "day-of-year dates, IPv4 quads, running deltas and the winery and escape-room disguises). Close relatives remain and a scorer may count them as "
      "the same idea: Esperanto and Estonian next to the earlier number-word languages; the Polybius grid next to A1Z26 and the spreadsheet columns; "
      "Atbash next to the affine map (Atbash is an affine map with a = −1); the Bacon a/b groups next to the earlier bit codes; Base45, uuencode, "
      "xxencode and Z85 next to the earlier binary-to-text encodings; the variation selectors next to the tag characters (both invisible smuggling "
      "blocks); upside-down text next to the look-alike blocks plus reversal; the strike-through overlay next to the zero-width-space interleave (both "
      "keep every character visible); XOR-then-hex next to the hex / octal byte notations; Zeckendorf, powers of two and 255 − byte next to the "
      "earlier arithmetic disguises; shuffled position tags next to the earlier positional orders; MAC addresses next to the IPv4 quads; and the four "
      "surf disguises next to the earlier world disguises. The strike-through overlay and Atbash keep most of the structure readable, so a scorer may "
      "find those the easiest; the variation-selector run looks like a lone emoji and may be the most surprising.\n")
    # ------------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cnt = collections.Counter(r["class"] for r in N)
    for cname, bases, desc in negatives235.CLASSES:
        w("| `%s` | %d | %s | %s |" % (cname, cnt[cname], _bt(b.__name__ for b in bases), desc))
    w("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % x for x in negatives235.WRAPPERS) + ".\n")
    # ------------------------------------------------------------------ checks
    w("## Checks run by build.py before writing\n")
    w("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text and nowhere else in any "
      "text (positives, evasions, negatives); no value reused; no evasion plain or Base64-hidden password visible anywhere; no NUL and no "
      "`PRIVATE KEY` block; prose values set off by whitespace")
    w("- shapes: the wide password regex for the six everyday password types, the strict form for plain positional values, the Base64-hidden "
      "passwords (decoded), prose values and office-PC evasion plains (`ltc_` and `cnc-` plains by their own regexes); `swb_` Adler-32; `ssk_` Damm; "
      "`lgw_` MOD 97-10; Laravel key decodes to 32 bytes; age identity Bech32 checksum; HS384 JWT; 120 vendor regexes (owner-chosen vendor passwords "
      "by the wide password regex); NMEA checksum of the tower sentence; UUID-shaped substrings of every text are version 4; every JWT-shaped "
      "substring of a positive or evasion text has JSON header and payload and a signature length that fits its `alg`")
    w("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is followed by a "
      "newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and span encoding agree; container "
      "`<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    w("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, no positive value and no world-word password "
      "form inside; EAN-13 check digits; PGP CRC-24 lines")
    w("- deny-list: every container (positives, evasions, negatives – so every vendor type and style, password syntax and suffix, prose format and "
      "language code, evasion encoding and wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, and every "
      "everyday kind and spare kind, everyday and evasion type, vendor style and set-aside vendor, password suffix and set-aside syntax, prose format, "
      "evasion wording, negative base kind, wrapper, class and spare class, encoding and language code is compared case-insensitively, whole name and "
      "each `__` part, with the frozen deny-list; positional syntaxes (span type without `surfpw_`) and the set-aside syntaxes also against the earlier "
      "syntax list; prose languages and spares by code (also against all names), name and name words; `brief_names.json` is compared with a fresh "
      "extraction when `/tmp/brief235/` exists")
    w("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 evasions (22 × 3); "
      "positives 440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    w("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    w("- %d mutation tests on deep copies, each must make the checks report an error (the clean data has none) (this run: %d/%d): %s\n" % (
        len(mres), sum(c for _, c in mres), len(mres), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mres)))
    # ------------------------------------------------------------------ shapes
    w("## Shapes you had to guess\n")
    groups = collections.OrderedDict([
        ("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; "
                 "every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine)"),
        ("believed", "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)*"),
        ("guessed", "*Guessed (length and alphabet only; most surf-forecast, booking and club-admin vendors publish no token format the builder knows, "
                    "so these are recognisable from the key name only)*"),
        ("owner", "*Owner-chosen passwords (the trade portal or account is unlocked with a password the school, shaper or club picked)*"),
    ])
    for g, head in groups.items():
        items = [v for v in vendor235.VENDORS if v[3] == g]
        w("%s (%d): %s.\n" % (head, len(items), "; ".join("`%s` (%s%s)" % (
            v[0], v[2][2], (" – next to it: " + NB_LABEL(v[4])) if v[4] else "") for v in items)))
    w("Also invented or guessed: the everyday layouts `swb_` (Adler-32 tail), `ssk_` (Damm digit) and `lgw_` (MOD 97-10 digits) and the evasion "
      "prefixes `ltc_` / `cnc-` are invented; the Laravel key, age identity and HS384 JWT are real formats used for invented purposes. The board-rack "
      "lockbox roster, the tower radio handover sheet, the lesson tablet roster CSV, the kiosk unlock list, the `ota-push.sh` script, the tower PTT "
      "datagram and the `$LGTWR` sentence are invented formats of this world. Syntaxes are written from memory, not re-checked against manuals "
      "(notably `zfs load-key` reading a piped key phrase, `systemd-creds encrypt … -`, `gocryptfs` reading stdin, `rar -hp`, `ccrypt -K`, "
      "`schtasks /rp`, `swaks -au / -ap`, `ncftpput -p`, `influx setup -p`, `ipmitool -P`, the positional orders of `paramiko` `connect`, "
      "`pymssql.connect`, `MySQLdb.connect`, `PyKeePass`, `authorizer.add_user`, `load_cert_chain`, `UsmUserData`, `Database.connect`, "
      "`Transport.connect`, `mysql_real_connect`, `PubSubClient.connect`, `sp_addlinkedsrvlogin` and `sp_setapprole`, the Redis ACL `>` rule and "
      "the uiautomator2 `set_text`). Evasion code points (variation selectors U+FE00–FE0F and U+E0100–E01EF, combining long stroke overlay U+0336, "
      "the upside-down glyphs) and the Base45, uuencode, xxencode and Z85 alphabets are from memory and checked only by round trip and by the "
      "bijection test of the flip table. Negatives: serial, part, MMSI, incident and AIS layouts are approximate; the bcrypt and scrypt strings are "
      "random in frame.\n")
    # ------------------------------------------------------------------ judgement
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (lesson booking admin, rental till, CNC console, patrol roster, surf-cam NVR, tide-station gateway) "
      "and six generated secrets (`swb_` swell-feed key, `ssk_` lesson-server key, `lgw_` patrol-alert webhook secret, Laravel `APP_KEY`, age "
      "identity, HS384 JWT). Key names in everyday files say password / key / secret / jwt / identity – that is how such files look; the "
      "telling-key-free cases are in the positional source. The Laravel span includes the `base64:` prefix because Laravel reads the whole string as "
      "the key. Everyday passwords may contain `+ ! ~` and are written verbatim even where a real shell line would want quoting.")
    w("- Vendor: many surf-forecast, tide, booking and club vendors (Stormglass, Windy, WorldTides, WillyWeather, AISStream, Rezgo, TrekkSoft, "
      "Mindbody, Acuity, SimplyBook, Zello, SumUp, Adyen, Sendle, Easyship, Better Stack …) publish no token format the builder knows, so their types "
      "are recognisable only from the key name – part of the test. Six vendor types carry owner-chosen passwords (Surfline, SLSA SurfGuard, ISA "
      "instructor portal, RLSS award portal, Shape3d licence portal, Windguru); the Bitbucket app password and the Apple app-specific password are "
      "generated by their vendors, not owner-chosen. Whole strings are labelled for the Slack incoming-webhook URL (the URL is the credential). "
      "Same-shape traps: the Gemini `AIza` key (positive) against the Firebase web `apiKey` of the same shape (negative – public by design; the most "
      "arguable pair); the Stripe `sk_live_51` secret against the `pk_live_51` publishable key in the negatives; the Klaviyo *private* key starts "
      "with `pk_`; WorldTides, Squarespace and Snyk values are bare UUIDv4s like the order and station ids of the negatives; many 32 / 40 / 64-hex "
      "secrets (OpenWeatherMap, Vimeo, Strava, Mindbody, Acuity, Braintree, ShipStation, Twilio, Jotform, Together, W&B, Datadog, Algolia, Matomo …) "
      "look like the digests and fingerprints of the negatives. Ids next to a secret (client ids, the Twilio `AC` account SID, the AWS `AKIA` key id, "
      "the Pushover user key, the Trello and ShipStation API keys, the Etsy keystring, the Sinch service-plan id, the Square application id, e-mails, "
      "member and licence numbers) stay unlabelled as the public half of a pair (arguable for the Trello, ShipStation and TrekkSoft API keys and the "
      "Etsy keystring, which their vendors call keys). The 1Password export's `Password` column holds an API key for most vendor types – that is how "
      "people store API keys in password managers. The ConfigMap and the Ansible vars file hold plaintext on purpose (the mistake being tested).")
    w("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-a`, `-w`, `-ap`, `/rp`; pairs `user%SECRET`, `user,SECRET`, `user/SECRET@`; "
      "URL userinfo in mutt, wget, aria2c, ffmpeg, mount_smbfs and CUPS; positionals in `net use`, `rabbitmqctl add_user`, `OPER`, `JOIN` and library "
      "calls in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C, Arduino, MicroPython, PowerShell and R), unlocks or encrypts (`zip -P`, "
      "`rar -hp`, `ccrypt -K`, `zfs load-key`, gocryptfs, PKCS#12 / PEM / keystore loads, `AES_ENCRYPT`, pgcrypto `encrypt`, `openssl_encrypt`), "
      "derives, signs or hashes with a literal (scrypt, PBKDF2, HMAC in Python, PHP, Perl, C and Rust, JWT signing in Python, Ruby, Go and jose, "
      "bcryptjs, pgcrypto `hmac` and `digest`), is stored for later use (`rclone obscure`, `secret-tool`, `docker secret create`, `systemd-creds`, "
      "`ansible-vault encrypt_string`, `ACL SETUSER`), sits in a file by position, travels in a protocol exchange (SMTP and XMPP SASL PLAIN as Base64, "
      "IRC, ESP AT, an invented NMEA-style sentence and PTT datagram) or is typed by automation (UI scripts use neutral field ids `f1` / `f2`). The "
      "two SASL spans are the whole Base64 token, not the decoded password. Weakest kept cases, with a hint nearby: `sshpass -p` (the tool name says "
      "pass two tokens before the value – kept because it is how people actually do it, named in the set-aside reasoning of neither README), "
      "`ansible-vault encrypt_string` (the vault word), the `code` column headers of the invented files, `OPER`, `JOIN` with a channel key, "
      "`rocommunity` and `snmp-server community` (SNMP communities are shared secrets), the `PSK` keyword of ipsec.secrets and `LOGIN` in the PTT "
      "datagram; none of them is a `password=` key. Syntaxes whose flag, keyword or function says pass / passwd / password / passphrase / pw right "
      "before the value were not written (see the set-aside list). Closest relatives of earlier syntaxes, kept because the tool, file or mechanism "
      "differs: `ipmitool`, `cqlsh`, `influx`, `ncftpput`, `mosquitto_pub` `-u / -p|-P` pairs (earlier rdesktop, docker login, bcp); URL userinfo in "
      "six new tools (earlier git, pip.conf, apt, WinSCP, psql …); `redis-cli -a` (earlier `redis-cli -u` URI); `python_imaplib_login_second` "
      "(earlier the raw IMAP `LOGIN`); `esp_at_cwjap_join_second_quoted` (earlier `AT+CWSAP`); `micropython_network_wlan_connect_second` and "
      "`arduino_wifimulti_addap_second` (earlier `WiFi.begin`, `wifi.radio.connect`); the HMAC / KDF literals (earlier Node, Go, Java, PHP PBKDF2 "
      "forms); the UI typing calls (earlier Playwright, Katalon, pynput, nut.js, AppleScript).")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Ukrainian, Belarusian, "
      "Bulgarian, Macedonian, Slovak, Slovenian, Croatian, Romanian, Vietnamese, Tagalog, Persian, Urdu, Arabic, Maltese, Tok Pisin; modest for "
      "Latvian, Icelandic, Welsh, Tosk Albanian, Georgian, Azerbaijani, Kazakh, Kyrgyz, Turkmen, Punjabi, Nepali, Telugu, Javanese, Sundanese, Occitan, "
      "Somali; low for Cornish, Samoan, Hawaiian, Amharic, Chichewa, Sesotho, Setswana, Lingala, Wolof. Loan words (password, पासवर्ड, پاس ورڈ, "
      "computer, kompyuta, ordinateur forms) are kept as people use them. `als` is Tosk Albanian (the standard language), `pes` Iranian Persian, "
      "`arb` Standard Arabic (named Arabic here), `sot` Southern Sotho (named Sesotho because `southern`-style words are easily deny-listed), `tsn` "
      "Setswana, `nya` Chichewa, `aze` Azerbaijani (macrolanguage, Latin script).")
    w("- Evasions: Esperanto and Estonian are spelled numerals; the Polybius grid a coordinate cipher; Atbash a mirror substitution; Bacon a/b groups "
      "a two-letter bit code; Base45, uuencode, xxencode and Z85 binary-to-text encodings (Base45 runs may contain spaces and `$ % * + / :`, Z85 runs "
      "brackets and quotes-free punctuation; stored verbatim); variation selectors an invisible smuggle behind an emoji; upside-down text a look-alike "
      "plus reversal; the strike-through overlay a combining-mark trick; XOR 0x5A a keyed cipher with its key stated; Zeckendorf, powers of two and "
      "255 − byte arithmetic disguises; shuffled position tags a positional trick; MAC groups an ops disguise; board volumes, board lengths, swell "
      "periods and tide heights are this world's disguises of character codes.")
    w("- Negatives: board serials, part, lot, invoice, booking, customer, MMSI, incident and member numbers are identifiers; EAN-13 codes carry real "
      "check digits; tide, buoy and GRIB lines are observations; RFID tag UIDs are public identifiers; Stripe `pk_live_51`, the reCAPTCHA site key, "
      "the Firebase web `apiKey` and the Sentry DSN public key are public by design (the `AIza` Firebase key has exactly the shape of the labelled "
      "Gemini key – the most arguable negative); `your-api-key-here`, `sk_test_xxxx`, `REPLACE_ME` and `{{variables}}` are placeholders; masked "
      "values carry no value; `secretKeyRef`, `vault:`, `op://`, `{{resolve:…}}`, `${{ secrets.X }}`, `$(X)` and `${X:?missing}` are pointers; "
      "bcrypt and scrypt strings are one-way hashes (the column is called `password`, a trap); PGP armor, SSH public keys, known_hosts hashes and "
      "certificate fingerprints are public; geohashes are coordinates; SRI values and asset hashes are public digests; the handbook and briefing "
      "texts talk about passwords without giving one. Each negative also appears inside a crew WhatsApp paste, a helpdesk ticket, a forwarded e-mail "
      "or a coaches' forum post whose surrounding words say it is safe. Random fillers are generated, so an entropy-only detector will hit them – "
      "that is the point.\n")
    # ------------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief235/` (p230 and p232), for format and coverage only. The detector was not opened, listed or searched; "
      "nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch235/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with "
      "`git show` into `/tmp/scratch235/`), read for its list of rule ids and for the rules behind every vendor type marked *read this session* above "
      "(Telegram, Brevo / Sendinblue, Mailchimp, Mailgun, GoCardless, npm, Shopify `shpat_`, Slack bot tokens and webhooks, Hugging Face, Perplexity, "
      "Pulumi, DigitalOcean, Fly.io, SonarCloud, Sentry user tokens, Cloudflare API tokens, Heroku v2, Airtable, Notion, OpenAI, Anthropic, GCP "
      "`AIza`, MessageBird, Zendesk, Squarespace, Duffel, Stripe, GitHub `ghp_` / `gho_`, GitLab `glpat-` / `gldt-`, age, 1Password service accounts, "
      "Snyk, Mattermost, Dropbox short-lived tokens, Algolia). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this "
      "session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
