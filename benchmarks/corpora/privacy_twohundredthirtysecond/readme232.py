"""Renders README.md of corpus p232 from the generated data."""
from collections import Counter

import everyday232 as ev
import vendor232 as vd
import positional232 as po
import prose232 as pr
import evasions232 as es
import enc232
import negatives232 as ng
from common232 import WORLD_WORDS

NAME = "privacy_twohundredthirtysecond"


def bt(x):
    return "`%s`" % x


def render(pos, eva, neg, deny, mres, frozen_note, nreg):
    L = []
    a = L.append
    src = Counter(r["source"] for r in pos)
    pw_recs = [r for r in pos if r["source"] == "password"]
    where = Counter(r["container"].split("__")[1] for r in pw_recs)
    inv = {v: k for k, v in po.SUFFIX.items()}
    where_txt = ", ".join("%s %d" % (inv[k], where[k]) for k in po.SUFFIX.values())
    a("# %s (p232) – held-out credential corpus" % NAME)
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **escape rooms**: "
      "escape-room venues, puzzle-hunt organisers and immersive-theatre companies – the booking site (Django settings, WordPress `wp-config.php`, "
      "Next.js, Astro, SvelteKit), the puzzle-hunt site (Flask, Rocket, Clojure EDN, Ktor HOCON, Deno Deploy), the game-master console "
      "(Electron, Godot, Unity PlayerPrefs, Qt settings, a Windows notes file), the puzzle-prop controllers (CircuitPython `settings.toml`, "
      "Arduino `arduino_secrets.h`, MicroPython, Zigbee2MQTT, openHAB), show control (Bitfocus Companion, OBS WebSocket, a Node OSC bridge), "
      "the ticket-scanner app (Gradle Kotlin DSL, Xcode `.xcconfig`), the ops around them (Compose overrides, kustomize secret generators, "
      "Terraform `.auto.tfvars`, GitHub Actions, GitLab CI, Jenkinsfile, Netlify, Wrangler, Vagrant, Makefile, zsh history, VS Code "
      "`launch.json`, IntelliJ run configurations, `vault kv put`, journalctl) and the messy places values get pasted (a Slack thread export, "
      "a Google-Sheets staff rota, the GM handover logbook, a Jira comment, an Obsidian note); secrets of this world such as a "
      "CRC-16-tailed `mlk_` maglock relay key, a Verhoeff-checked `erb_` booking-widget key, a Luhn-mod-36-checked `phw_` answer-webhook "
      "secret, an HS512 game-state JWT, a Django `SECRET_KEY` and a clamped WireGuard private key; the trade's own services (Bookeo, Resova, "
      "Xola, FareHarbor, Checkfront, Peek Pro, Rezdy, Regiondo, Bókun, Tripadvisor, Morty, Ticket Tailor, Tito, Eventbrite, Yelp, Particle, "
      "Arduino IoT Cloud, Blynk, ZeroTier, Tailscale, ngrok, Gotify, ntfy, Pushbullet, Hikvision cameras, UniFi, MikroTik, Bitfocus "
      "Companion, HiveMQ); plus the commerce, messaging, AI, developer and ops services such developers use (Stripe restricted keys and "
      "webhook secrets, PayPal, Square, Mollie, WooCommerce, Wix, Wise, Lemon Squeezy, Shippo, EasyPost, SendGrid, Postmark, Mailjet, "
      "ActiveCampaign, MailerLite, Kit, Omnisend, Loops, Typeform, Slack user tokens, Teams / Discord / Google Chat webhooks, Twilio API "
      "keys, Vonage, Plivo, ClickSend, WhatsApp Cloud, LINE, Zoom, Calendly, Twitch, OpenAI admin keys, Anthropic admin keys, Cohere, "
      "Mistral, DeepSeek, xAI, OpenRouter, ElevenLabs, Deepgram, AssemblyAI, Runway, Langfuse, GitHub fine-grained and installation "
      "tokens, GitLab trigger and runner tokens, Atlassian, Linear, Postman, Docker Hub, PyPI, Terraform Cloud, Vault, Netlify, Supabase, "
      "Railway, Turso, Firebase, Frame.io, Cloudinary, Cloudflare global keys / R2 / Turnstile, Backblaze B2, DigitalOcean Spaces, Vultr, "
      "MongoDB Atlas, Azure AD, Okta, Fastly, Bitwarden Secrets Manager, Google Maps signing, Mapbox secret tokens, reCAPTCHA, hCaptcha, "
      "GA4, PostHog, Grafana, New Relic, Rollbar, Opsgenie, PagerDuty, Honeycomb); with hard negatives from the same world (booking and "
      "invoice numbers, prop-board serials and MACs, NFC tag UIDs, ISBN-13 puzzle-book codes, salted answer digests, public CAPTCHA site "
      "keys and publishable keys, placeholders, `.env.sample` templates, masked values, secret references, argon2id and Django PBKDF2 "
      "hashes, SOPS and SealedSecret ciphertext, WireGuard public keys, JWKS documents, password-hygiene prose, leaderboards, DMX / OSC "
      "dumps, IBANs, in-game cipher clues, Stripe object ids). Everything is produced by `build.py` and its modules (`common232.py`, "
      "`everyday232.py`, `vendor232.py`, `positional232.py`, `prose232.py`, `enc232.py`, `dec232.py`, `evasions232.py`, "
      "`negatives232.py`, `checks232.py`, `readme232.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor, %d positional, %d prose, %d evasions, %d negatives), no "
      "clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL "
      "files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then writes "
      "the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list "
      "from `/tmp/brief232/`."
      % (ev.SEED_VALUES, ev.SEED_PAIRING, vd.SEED, po.SEED, pr.SEED, es.SEED, ng.SEED, len(mres)))
    a("")
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/%s/`) was created (with `mkdir -p`) and written; the only listings made there were of this directory "
      "itself (`ls -la` right after creating it and after the final build, which print its own `.` and `..` entries and nothing of "
      "the parent's contents, and a grep over one of its own `*.py` files while writing it); its parent was never listed or searched, nothing else "
      "under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were "
      "the two READMEs in `/tmp/brief232/` (`README_twohundredtwentyseventh.md`, p227, sign makers; `README_twohundredtwentyninth.md`, "
      "p229, chimney sweeps), used only to learn the file format and what is already covered. No other `/tmp` directory was looked at "
      "except the scratch directory `/tmp/scratch232/` (an extracted copy of the public gitleaks rule file, round-trip runs and trial "
      "builds in `/tmp/scratch232/out`). The deny-list (`common232.extract_denylist`) holds every backticked name and every snake_case "
      "identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg` and `id`, "
      "which only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise such as `256`). It is "
      "frozen in `brief_names.json`; when `/tmp/brief232/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose (their *avoided* and *set aside* lists) "
      "were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, "
      "languages or notations."
      % (NAME, len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), frozen_note))
    a("")
    # ------------------------------------------------------------------ files
    a("## Files and counts")
    a("")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), src["everyday"], src["vendor"],
         src["password"], src["prose"], len({r["container"].split("__")[-1] for r in pos if r["source"] == "prose"})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                      len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (same as the earlier corpora): positives `id` (`p232-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` "
      "(a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p232-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their single span "
      "also has `plain` (the clean secret) and `encoding`. Negatives (`p232-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    a("")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down and unused: "
      "`%s`). Vendor %d (%d candidates coded; set aside: %s). Positional passwords %d (one record per syntax; by where the text lives: %s; "
      "%d more ideas written down and set aside: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = 22 × 3. "
      "Negatives %d = %d classes × 2 base kinds × 5 presentations (%d more class written down and unused: %s). Positives total %d "
      "(asked: about 450). Strings drawn through the registry (values, vendor neighbours, Base64-hidden passwords, evasion plains and "
      "runs): %d."
      % (ev.SPARE_KIND, src["vendor"], len(vd.VENDORS), "; ".join("`%s` (%s)" % kv for kv in vd.SET_ASIDE.items()),
         src["password"], where_txt, len(po.SET_ASIDE), "; ".join("`%s` (%s)" % kv for kv in po.SET_ASIDE.items()),
         ", ".join("`%s` (%s)" % s for s in pr.SPARES), len(neg), len(ng.CLASSES), len(ng.UNUSED_CLASSES),
         ", ".join(bt(c) for c in ng.UNUSED_CLASSES), len(pos), nreg))
    a("")
    # ------------------------------------------------------------------ conventions
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never "
      "the quotes and never the key. Values pasted where they do not belong (a Slack thread export, a staff-rota sheet, the GM handover "
      "logbook, a Jira comment, an Obsidian note, zsh history, a journalctl config dump, `gh secret set`, `wrangler secret put`, "
      "`railway variables --set`, `vault kv put`, a Slack DM, a Jira ticket, a Bitwarden JSON export) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build "
      "checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the eight owner-chosen vendor "
      "passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password hidden "
      "inside a Base64 value, every prose value and every GM-office evasion plain." % (", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, hidden passwords, evasion plains and "
      "runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier "
      "one; a negative is redrawn if it contains any registered string of 6+ characters, a string of the strict password form (searched "
      "with alphanumeric boundaries – this is why the answer-digest field is called `digest` and not `answer_sha256`, which has that form) "
      "or a UUID-shaped string that is not version 4, or if its text repeats an earlier negative.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped substring of a "
      "positive or evasion text has base64url JSON header and payload and a signature length that fits its `alg` (HS256 32, HS512 64, "
      "RS256 256, EdDSA 64 bytes; checked): the game-state token is a real HS512 JWT and the Calendly and Supabase tokens real HS256 JWTs "
      "(HMACs under discarded keys), the Lemon Squeezy, MailerLite and Wix (`IST.` + JWT) tokens RS256-shaped and the Turso token "
      "EdDSA-shaped (real JSON, random signature bytes). `mlk_` keys end in the real CRC-16/CCITT-FALSE of their 24-character body, "
      "`erb_` keys carry a real Verhoeff check digit over the 8-digit venue number, `phw_` secrets end in a real Luhn mod 36 check "
      "character, the Django key is 50 characters of Django's own alphabet, the WireGuard key decodes to 32 bytes clamped as an X25519 "
      "scalar (all checked). Vendor frames: the Grafana `glc_` token is Base64 of real JSON, the Mapbox `sk.` token carries base64url "
      "JSON, the Google Maps signing secret is base64url of 20 bytes (checked); all 120 vendor values are checked against a regular "
      "expression derived from the same spec that generated them. The `.npmrc` `_auth` and nginx `Authorization \"Basic …\"` spans are "
      "Base64 of the real `user:password` with a strict-form password (checked). Negatives: ISBN-13 codes carry real check digits and "
      "GB IBANs real ISO 7064 mod-97 check digits (checked); WireGuard public keys are real X25519 public keys of discarded random "
      "private keys (the ladder was checked against the RFC 7748 test vectors while writing); answer digests are real SHA-256 of a "
      "random salt + an answer word; argon2id, PBKDF2, SOPS, SealedSecret and JWKS bodies are random bytes in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.lockstep-escapes.example`, `*.cipherhall-rooms.example`, "
      "`*.lanternworks-theatre.example`, `*.midnight-hunt.example`, private addresses), key names, filler settings and the ids written "
      "next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], v[3]) for v in vd.kept() if v[3]))
    a("- Vendor containers are `<type>__<style>`; styles (%d, assigned cyclically): %s. Key names are the vendor type's words in the "
      "style's case; the Bitwarden export puts the type's title-case words in `name`, the neighbour (or `api`) in `login.username` and the "
      "secret in `login.password`." % (len(vd.STYLES), ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vd.STYLES)))
    a("- Positional passwords: span type `escpw_<syntax>`, container `escpw_<syntax>__<suffix>` where the suffix says where the text "
      "lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in po.SUFFIX.items()))
    a("- Prose: span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic)." % (pr.TYPE, ", ".join(bt(f) for f in pr.FORMATS)))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals "
      "the plain, if the run would start or end with whitespace or if the registry refuses plain or run.")
    a("")
    # ------------------------------------------------------------------ categories
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t, d) for t, _w, d in ev.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in ev.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 types and deals "
      "four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records "
      "(checked); secrets therefore also land in implausible places (a Django key in a CircuitPython `settings.toml`, a JWT in a staff "
      "rota). Key names are the type's key words in the container's own case style: upper (with `define()` in `wp-config.php`, `#define` "
      "in `arduino_secrets.h`, `export` in zsh history and Makefiles, `buildConfigField` in Gradle), snake, camel, pascal (plist keys, Qt "
      "and Windows INI keys), dot (`props:` prefix in openHAB), kebab (EDN keywords), spaced (chats, logbook, Jira) and title (staff-rota "
      "header, Obsidian table). The Django key type has the key words `secret key`, so it is `SECRET_KEY` wherever the style is upper." % ev.SEED_PAIRING)
    a("")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vd.kept()) + ". Shapes are listed under *Shapes you had to guess*.")
    a("")
    a("Positional passwords (%d syntaxes, span type `escpw_<syntax>`): " % len(pw_recs) +
      "; ".join("`escpw_%s` (%s, %s)" % (p[0], p[1], p[2]) for p in po.kept()) +
      ". None of them, nor the set-aside names, is among the syntaxes or names of either README (compared after removing the "
      "`<letters>pw_` prefix; checked).")
    a("")
    scripts = sorted({l[2] for l in pr.LANGS})
    a("Prose: someone tells a colleague the password of the game-master office PC and asks them not to pass it on to the players; "
      "languages (40): " + ", ".join("`%s` (%s)" % (l[0], l[1]) for l in pr.LANGS) +
      ". None of them or the spares is among the languages of either README (checked: code against the codes and all deny-listed names; "
      "name and each name word against the language names); Japanese and Lithuanian were also left out because this corpus uses them for "
      "number words, and the languages the READMEs name for numerals or number words (Dutch, Finnish, Spanish, French, Turkish, Czech, "
      "Polish, Danish, Swahili, Indonesian, German, Italian, Portuguese, Norwegian, Greek, Armenian, Thai, Lao, Tibetan, Tamil, Khmer, "
      "Bengali, Mongolian, Chinese, Korean, Hebrew, Russian) were avoided. Scripts: %s. Pashto is right-to-left with the Latin value "
      "embedded; Tatar sets the value between dashes; Hindi, Marathi, Gujarati, Malayalam, Burmese, Pashto, Tajik, Tigrinya, Basque and Kurmanji put the "
      "copula after the value (after a space); every value is set off by whitespace on both sides (checked)." % ", ".join(scripts))
    a("")
    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings")
    a("")
    a("; ".join("`%s` = \"%s\"" % (e, enc232.RULES[e]) for e in enc232.ENCODINGS) + ".")
    a("")
    a("Families: " + "; ".join("%s: `%s`" % (enc232.FAMILY[e], e) for e in enc232.ENCODINGS) + ".")
    a("")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in es.TYPES) + "; wordings: " +
      ", ".join(bt(w) for w in es.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, "
      "so each encoding appears once per type and once per wording).")
    a("")
    a("Encoders are in `enc232.enc` (the rng only adds noise the decoder ignores: decoy characters, lock names, team names, prop names, "
      "jigsaw titles); the decoder `dec232.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: Balinese digit offset, a "
      "dozenal reader with ↊ / ↋, base-7 and dice-face base-6 readers (the dice reader insists on three dice per code), a rōmaji "
      "tokeniser (`hyaku`, `juu` and the digit words), a Lithuanian word table (teens and tens), the Colemak rows mapped back to QWERTY, "
      "Braille and hexagram offsets (the hexagram reader rejects non-zero padding bits), a tag-block reader that accepts only U+E0020–"
      "U+E007E, a zero-width-space splitter that insists on one character per slot, the every-third-character walk, the parenthesized / "
      "squared / digit-full-stop back-tables, quoted-printable and CSS readers that insist on the all-escaped form, a base-36 big-integer "
      "reader, a month table for the day-of-year dates, a signed running-delta reader and regular expressions plus arithmetic for the four "
      "world disguises (the jigsaw reader rejects counts not divisible by four). Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its "
      "`plain` (checked).")
    a("")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every digit block named there (Ol Chiki, Adlam and the "
      "others), every numeral notation (Ethiopic, Mayan, Greek, Roman, Hebrew, Armenian, counting rods …), balanced ternary, negabinary, "
      "factoradic, bijective base 26, every number-word language (Swedish, Hungarian, Dutch, Finnish …), Unicode names, EBCDIC, "
      "proquints, Bubble Babble, ROT47, the Trithemius shift, ЙЦУКЕН, Dvorak and QWERTY tricks, multi-tap, DTMF, element symbols, prime "
      "factorisations, circled / fullwidth / mathematical / small-capital / superscript / keycap / regional-indicator look-alikes, "
      "Cyrillic-Greek homoglyphs, Shavian, Deseret, runes, Ogham, UTF-16LE Base64, base32hex, POSTNET, `\\x` escapes, HTML / percent / "
      "octal / JSON escapes, the positional orders (reversal, rotation, outside-in, odd / even, acrostic …) and the earlier world "
      "disguises. Close relatives remain and a scorer may count them as the same idea: Balinese digits next to the earlier digit blocks; "
      "dozenal, base 7 and dice base 6 next to the earlier place-value systems; Japanese rōmaji and Lithuanian next to the earlier "
      "number-word languages; Colemak next to the Dvorak / ЙЦУКЕН mistypes; Braille and hexagram encodings next to the earlier byte-to-"
      "text notations; parenthesized / squared letters next to the circled and fullwidth look-alikes; quoted-printable and CSS escapes "
      "next to the `\\x` / percent escapes; base 36 next to Base58 / Base62; day-of-year dates next to the appointment-time disguise; the "
      "running delta and the four escape-room disguises (padlock combination − 300, escape time in seconds − 2400, weight − 500, piece "
      "count ÷ 4) next to the earlier world disguises; the decoy interleave next to the earlier positional tricks. The zero-width-space "
      "interleave and Colemak keep most characters readable and the tag characters are invisible, so a scorer may find the first two "
      "the easiest and the third the most surprising.")
    a("")
    # ------------------------------------------------------------------ negatives
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for c, d, ks in ng.CLASSES:
        a("| `%s` | %d | %s | %s |" % (c, nc[c], ", ".join(bt(k.__name__[2:]) for k in ks), d))
    a("")
    a("Each base kind appears plain and wrapped %s." % ", ".join("`__%s`" % w[0] for w in ng.WRAPPERS if w[0]))
    a("")
    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py before writing")
    a("")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text and nowhere else in any text; no value reused; no positive value, evasion plain or hidden password in any negative; no "
      "Base64-hidden password or evasion plain visible anywhere; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and GM-office evasion passwords (`mov_` and `act-` plains by their own regexes); `mlk_` "
      "CRC-16/CCITT-FALSE tail; `erb_` Verhoeff digit; `phw_` Luhn mod 36; HS512 game-state JWT; Django key alphabet and length; "
      "WireGuard clamping; 120 vendor regexes and frame checks (`glc_` JSON, Mapbox JSON, 20-byte signing secret); UUID-shaped "
      "substrings of every text are version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and "
      "a signature length that fits its `alg`; negatives: ISBN-13 and IBAN check digits, and no string of the strict password form")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is "
      "followed by a newline and a remark; plain shape per type; the run never contains its plain and never equals it; record and span "
      "encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once per wording")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "evasion plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so every vendor type and style, password syntax and suffix, prose "
      "format and language code, evasion encoding and wording, negative base kind and wrapper inside it), span type, evasion encoding, "
      "negative class (from the records and the class table, plus the unused class), everyday kind and spare kind, vendor style, "
      "set-aside vendor and syntax, password suffix, prose format, evasion wording, negative base kind and wrapper is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `escpw_`) "
      "and the set-aside syntaxes also against the earlier syntax list; prose languages (from the record containers and the language "
      "table) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief232/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; 66 "
      "evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
      % (len(mres), sum(c for _, c in mres), len(mres), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mres)))
    a("")
    # ------------------------------------------------------------------ shapes
    a("## Shapes you had to guess")
    a("")
    groups = [("read", "*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
                       "nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length "
                       "range, the exact length and case are mine)"),
              ("believed", "*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)*"),
              ("guessed", "*Guessed (length and alphabet only; most escape-room booking, listing and device vendors publish no token "
                          "format the builder knows, so these are recognisable from the key name only)*"),
              ("owner", "*Owner-chosen passwords (the portal, device web page or broker is unlocked with a password the business picked)*")]
    for cat, head in groups:
        vs = [v for v in vd.kept() if v[1] == cat]
        a("%s (%d): %s." % (head, len(vs), "; ".join("`%s` (%s%s)" % (v[0], vd.value_desc(v[2]), " – next to it: " + v[3] if v[3] else "")
                                                  for v in vs)))
        a("")
    a("Also invented or guessed: the everyday layouts `mlk_` (CRC-16/CCITT-FALSE tail), `erb_` (Verhoeff digit) and `phw_` (Luhn mod "
      "36 character) and the evasion prefixes `mov_` / `act-` are invented; the HS512 JWT, the Django `SECRET_KEY` alphabet (from memory "
      "of `get_random_secret_key`) and the WireGuard key follow public formats for invented uses. The prop-roster CSV, hunt-team TSV, "
      "show cue list, prop serial unlock frame and OSC login message are invented formats of this world. Syntaxes are written from memory, "
      "not re-checked against manuals (notably `obs-cmd -w obsws://host:port/secret`, `mpc -h secret@host`, `espota.py -a`, `amtterm`, "
      "`bw unlock` / `bw login` positionals, `lpass` with `LPASS_DISABLE_PINENTRY`, `argon2` CLI argument order, `vault kv put field=-`, "
      "the positions in `URL.create`, `ldap3.Connection`, `ZipFile.open`, `socks.set_default_proxy`, `Net::SMTP.start`, "
      "`openssl_pkcs12_read`, `PEM_read_bio_PrivateKey`, NodeMCU `mqtt.Client`, `sp_addlogin`, the hostapd `wpa_psk` file and the "
      "dovecot `{PLAIN}` passwd-file field). Evasion code points (Balinese digits U+1B50, Pitman digits U+218A / U+218B, die faces "
      "U+2680, Braille U+2800, Yijing hexagrams U+4DC0, tag characters U+E0000, parenthesized letters U+249C, squared letters U+1F130, "
      "digit full stops U+2488 and U+1F100), the Colemak layout, the Japanese and Lithuanian number words are from memory and checked "
      "only by round trip. Negatives: booking, invoice, serial, NFC and BIC layouts are approximate; the IBAN uses the GB layout (4 "
      "letters + 14 digits) with the generic ISO 13616 check.")
    a("")
    # ------------------------------------------------------------------ judgement
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (booking admin, GM console, prop controller web UI, hint kiosk, hunt admin, lighting desk "
      "remote) and six generated secrets (`mlk_` maglock key, `erb_` widget key, `phw_` answer-webhook secret, HS512 game-state JWT, "
      "Django `SECRET_KEY`, WireGuard private key). Key names in everyday files say password / key / secret / jwt – that is how such "
      "files look; the telling-key-free cases are in the positional source. The Django key is labelled whole although its alphabet holds "
      "`# $ % ( )` and similar characters that a real `.env`, Makefile or INI parser might treat specially – values are written verbatim, "
      "the way a person pastes them.")
    a("- Vendor: most escape-room booking, listing and device vendors publish no token format the builder knows, so their types are "
      "recognisable only from the key name (part of the test). Eight vendor types carry owner-chosen passwords (Morty, Tripadvisor owner "
      "centre, Bookeo staff login, a Hikvision room camera, UniFi, MikroTik, Bitfocus Companion, HiveMQ). Whole strings are labelled for "
      "the Teams, Discord and Google Chat webhook URLs (the URL is the credential; the Google Chat URL also holds a public `AIzaSy` key "
      "inside). Same-shape traps: the reCAPTCHA `6L…` secret and the Turnstile `0x4AAAAAAA…` secret (positives) against the site keys of "
      "the same shape in the negatives (the most arguable pair – only the key name and the HTML attribute tell them apart); the Langfuse "
      "`sk-lf-` secret next to its `pk-lf-` public key (unlabelled) and the `pk-lf-` keys in the negatives; the WireGuard private key "
      "(everyday) against real WireGuard public keys in the negatives (same 44-character Base64 shape); FareHarbor, Wise, Postmark, "
      "Railway, Opsgenie and MongoDB Atlas values are bare UUIDv4s like the game ids and idempotency keys of the negatives; many 32/40/64-"
      "hex secrets (Checkfront, Regiondo, Bókun, Rezdy, Mailjet, Deepgram, AssemblyAI, Rollbar, Particle, R2) look like the answer digests "
      "of the negatives. Ids next to a secret (client ids, the Twilio `SK` API key SID, the PayPal client id, the WooCommerce `ck_` key, "
      "the Backblaze key id, the Spaces access key, the Atlas public key, the GA4 measurement id, member / property ids, e-mails) stay "
      "unlabelled as the public half of a pair (arguable: the Bookeo API key, the Checkfront API key and the Mailjet API key are called "
      "keys by their vendors). The Bitwarden export's `password` field holds an API key for most vendor types – that is how people store "
      "API keys in password managers.")
    a("- Passwords: labelled when the value logs in (flags `-u user:`, `-p` glued and separate, `-A`, `/p:`, `-a`, `-c` community; "
      "positionals of `net user`, `bw unlock`, `bw login`, `ldappasswd -s`; URL userinfo in git remote, winscp, redis-cli, nats, pip.conf "
      "and apt sources; `secret@host` in mpc and a URL path segment in obs-cmd; positions in library calls of Python, Node, Java, Kotlin, "
      "C#, Go, Rust, Ruby, PHP, Perl, C, CircuitPython, Swift, Dart, PowerShell and NodeMCU Lua), unlocks or encrypts (`7z -p`, "
      "`aescrypt -p`, `ssh-keygen -N`, cryptsetup and KeePassXC from stdin, `ZipFile.open`, `reader.decrypt`, PKCS#12 and PEM loads, "
      "SQLCipher `PRAGMA key`, `pgp_sym_encrypt`, CryptoJS), derives, hashes or signs with a literal (`openssl dgst -hmac`, `argon2`, "
      "`mkpasswd`, `slappasswd`, scrypt, PBEKeySpec, Rfc2898DeriveBytes, SecretKeySpec, createHmac, Go hmac, jsonwebtoken, "
      "itsdangerous, MessageVerifier, CryptoKit, `SHA2`, `crypt`, `HASHBYTES`), stores a secret (`gh secret set`, `vault kv put field=-`, "
      "clipboard), is a Wi-Fi key (`wifi.radio.connect`, `AT+CWSAP`, hostapd `wpa_psk`), sits in a file by position, travels in a "
      "protocol exchange or is typed by UI automation (UI scripts use neutral field ids `f2`). Weakest kept cases, with a hint nearby: the "
      "`assword:` prompt before `sendline`, the tool names `mkpasswd`, `slappasswd`, `ldappasswd`, the `unlock` / `check` / `pin_hash` "
      "headers and columns of invented files and SQL, the `IDENTIFY` verb of NickServ, the `LOGIN` verb of IMAP, `auth.login` in the "
      "XML-RPC call, the `{PLAIN}` scheme tag of dovecot and the two Base64 spans (`.npmrc` `_auth`, nginx `Basic`; the span is the whole "
      "Base64 token); none of them is a `password=` key. The `base64`, Dart and PowerShell `user:SECRET` strings are labelled as the plain "
      "password inside the pair (the Base64 output is not shown). Hash-input literals (`SHA2`, `crypt`, `HASHBYTES`, `mkpasswd`, "
      "`slappasswd`, `argon2`) are labelled because the literal in the console history is the secret, not the hash. Syntaxes whose flag, "
      "argument keyword or function name says pass / password / passphrase / pw right before the value (`--password`, `password` in "
      "nmcli, `ENCRYPTBYPASSPHRASE`, `IDENTIFIED BY`, `PASS`, `setPassword`, `username_pw_set`) were not written.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Catalan, Galician, "
      "Serbian, Bosnian, Scots, Malay, Haitian Creole, Hindi; modest for Irish, Scottish Gaelic, Basque, Luxembourgish, West Frisian, "
      "Faroese, Breton, Corsican, Papiamento, Cebuano, Maori, Marathi, Zulu, Xhosa, Uzbek, Tatar, Kurmanji; low for Gujarati, Kannada, "
      "Malayalam, Sinhala, Burmese, Tongan, Hausa, Yoruba, Igbo, Kinyarwanda, Malagasy, Bashkir, Tajik, Pashto, Tigrinya. Loan words "
      "(password, पासवर्ड, ಪಾಸ್‌ವರ್ಡ್, game master, kompyuter forms) are kept as people use them. `msa` is Malay (the macrolanguage code, "
      "written in Malaysian usage), `kmr` Northern Kurdish (named Kurmanji here because `north`-style words are deny-listed language-name "
      "words), `uzb` Uzbek (macrolanguage, Latin script), `pus` Pashto (macrolanguage), `fry` West Frisian, `mri` Maori (macron left off "
      "in the name).")
    a("- Evasions: Balinese is a digit block; dozenal, base 7 and dice base 6 numeral systems; Japanese rōmaji and Lithuanian spelled "
      "forms; Colemak a keyboard-layout mistype; Braille patterns and Yijing hexagrams byte / bit-to-symbol encodings; tag characters an "
      "invisible-character smuggle (the run looks like an empty line – the most surprising); the zero-width-space interleave an invisible-"
      "separator trick (the plain's characters stay visible in order – with Colemak the weakest); the decoy interleave a positional "
      "trick; parenthesized and squared letters a look-alike block; quoted-printable and CSS escapes escape notations; base 36 a big-"
      "integer encoding; day-of-year dates a calendar disguise; the running delta an arithmetic disguise; padlock combinations, "
      "leaderboard times, prop weights and jigsaw piece counts are this world's disguises of character codes.")
    a("- Negatives: booking, order, invoice, serial, MAC, NFC UID, ISBN, leaderboard, DMX / OSC and Stripe object ids are identifiers "
      "(ISBN and IBAN carry real check digits); reCAPTCHA and Turnstile site keys, the hCaptcha site key, Stripe `pk_live_51`, Langfuse "
      "`pk-lf-` and PostHog `phc_` are public by design (the site keys have exactly the shape of the labelled secret keys – the most "
      "arguable negatives); answer digests are shipped to every team on purpose; `SG.xxxx…`, `rk_live_...`, `YOUR_API_TOKEN`, "
      "`whsec_REPLACE_ME` are placeholders; `.env.sample` files use the real key names of this corpus with blank values (a trap for "
      "key-name-only detectors); masked values carry no value; `secretKeyRef`, ARNs, `${{ secrets.X }}`, `op://` and `vault:` strings "
      "are pointers; argon2id and PBKDF2 strings are one-way hashes (the column is called password, a trap); SOPS and SealedSecret "
      "bodies are ciphertext (the SOPS `age1…` recipient is a public key); WireGuard public keys, JWKS moduli and EC coordinates are "
      "public; in-game cipher clues and Morse tapes are puzzle answers printed for every player, not credentials. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.")
    a("")
    # ------------------------------------------------------------------ sources
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief232/` (p227 and p229), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch232/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and "
      "extracted with `git show` into `/tmp/scratch232/`), read for its list of rule ids and for the rules behind every vendor type "
      "marked *read this session* above (SendGrid, Postman, Linear, PyPI, GitLab `glptt-` / `glrt-`, GitHub `github_pat_` / `ghs_`, "
      "Terraform Cloud `atlasv1`, Vault `hvs.`, Slack `xoxp-`, Microsoft Teams webhooks, Anthropic `sk-ant-admin01-`, OpenAI `sk-admin-` "
      "with `T3BlbkFJ`, Cohere, Cloudflare global keys, New Relic `NRAK-`, Twitch, Atlassian `ATATT3`, Grafana `glc_` / `glsa_`, Square "
      "`EAAA`, Shippo, EasyPost `EZAK`, Typeform `tfp_`, Azure AD `Q~` secrets, Discord client secrets, Fastly, Frame.io `fio-u-`, Okta "
      "`00`; also the Twilio `SK` SID, Mapbox `pk.` and Mailgun rules as background). Betterleaks, Kingfisher, CredSweeper and vendor "
      "documentation were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed "
      "or guessed.")
    return "\n".join(L) + "\n"
