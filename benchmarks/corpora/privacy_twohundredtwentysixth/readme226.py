"""Renders README.md of corpus p226 from the generated data."""
from collections import Counter

import enc226
import everyday226
import evasions226
import negatives226
import positional226
import prose226
import vendor226


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(d, deny, mres, deny_status):
    pos, eva, neg = d["secrets"], d["evasions"], d["negatives"]
    src = Counter(r["source"] for r in pos)
    L = []
    A = L.append
    A("# privacy_twohundredtwentysixth (p226) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **astronomy societies**: amateur astronomy societies, planetaria and telescope shops – observing-night and "
      "telescope-loan bookings (Django, Flask, Remix), the society website and membership database (WordPress, Drupal, Hugo, "
      "Knex, Spring, Quarkus), planetarium show control (INI consoles, Unity StreamingAssets, dome Raspberry Pis), remote "
      "observatories (INDI, ASCOM Alpaca, N.I.N.A., indi-allsky, roll-off roof controllers, WireGuard tunnels, dome Wi-Fi PSKs, "
      "an `acu_` all-sky upload token with a real ISO 7064 MOD 37,36 check character, a mount-bridge HMAC secret, a real HS256 "
      "archive JWT), telescope shops (Strapi, Next.js, .NET user secrets, Laminas, WooCommerce, Shopify, Stripe restricted keys, "
      "EasyPost, Shippo, UPS, Authorize.Net, Razorpay, Printful, Printify) and star parties (SvelteKit, Apps Script, Airtable "
      "exports); astronomy services (astrometry.net, NASA APIs, N2YO, Space-Track, AAVSO, iTelescope, ZWO ASIAIR, MAST, "
      "AstroBin, Meteoblue, Tomorrow.io, Ambient Weather, Weather Underground, Windy, Mapbox secret tokens, Flickr); plus the "
      "commerce, messaging, AI, developer and ops services such developers use (SendGrid, Postmark, Mailjet, Resend, MailerLite, "
      "Vonage, Plivo, Discord and Teams webhooks, Zulip, Rocket.Chat, WhatsApp Cloud, Mastodon, Bluesky, Discourse, Ghost, "
      "WordPress and Nextcloud app passwords, YouTube and Twitch stream keys, OpenAI and Anthropic admin keys, Mistral, Cohere, "
      "DeepSeek, xAI, OpenRouter, ElevenLabs, Deepgram, Langfuse, W&B, Azure OpenAI, GitHub app tokens, GitLab trigger and "
      "runner tokens, Atlassian, PyPI, Docker Hub, NuGet, crates.io, Sourcegraph, Postman, ReadMe, Netlify, PlanetScale, Linear, "
      "Prefect, Contentful, Terraform Cloud, Vault, age, Grafana, New Relic, Sentry org tokens, Rollbar, PostHog, Backblaze B2, "
      "Tailscale, ngrok, Cloudflare Origin CA, Vultr, Entra ID, Google OAuth, FCM, Railway, Opsgenie, OctoPrint, 1Password "
      "account keys, ClickHouse Cloud); with hard negatives from the same world (HIP / Tycho / Gaia / 2MASS designations, "
      "satellite TLEs with real checksums, FITS header cards, MPC astrometry lines, equipment serials, ORCID iDs with real "
      "MOD 11-2 characters, ADS bibcodes, EAN-13 shop codes, browser-side site keys, SOPS and ansible-vault ciphertext, "
      "templates, masked values, secret references, Django / Werkzeug / LDAP password hashes, per-delivery webhook "
      "signatures, image and release digests, WireGuard / age / minisign public keys, sky-quality logs, policy prose, "
      "planetarium tickets, UUID / ULID ids). Everything is produced by `build.py` and its modules (`common226.py`, "
      "`everyday226.py`, `vendor226.py`, `positional226.py`, `prose226.py`, `enc226.py`, `dec226.py`, `evasions226.py`, "
      "`negatives226.py`, `checks226.py`, `readme226.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, "
      "fixed `random.Random` seeds (22601 everyday values, 22611 everyday pairing, 22602 vendor, 22603 positional, 22604 prose, "
      "22605 evasions, 22606 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one "
      "process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from "
      "both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief226/`.\n" % len(mres))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentysixth/`) was created (with `mkdir -p`) and written; the only listings made "
      "there were `ls -la` of this directory itself (right after creating it and after the final build; they print its own "
      "`.` and `..` entries, nothing of the parent's contents); its parent was never listed or searched, nothing else under `/work/main` "
      "was opened, listed, grepped or searched, and git was never run there. The only project material read were the two "
      "READMEs in `/tmp/brief226/` (`README_twohundredtwentyfirst.md`, p221, beekeepers; `README_twohundredtwentythird.md`, "
      "p223, ice rinks), used only to learn the file format and what is already covered. No other `/tmp` directory was looked "
      "at except the scratch directory `/tmp/scratch226/` (an extracted copy of the public gitleaks rule file, sources and "
      "trial builds). The deny-list (`common226.extract_denylist`) holds every backticked name and every snake_case identifier "
      "of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` "
      "prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg` and `ind`, which "
      "only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise). It is frozen in "
      "`brief_names.json`; when `/tmp/brief226/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Encodings, syntaxes, languages and negative ideas that the two READMEs name only in prose (their long *avoided* lists) "
      "were avoided by hand as well. Novelty is checked against these two READMEs only; older corpora may share vendors, "
      "syntaxes, languages or notations.\n" % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]),
                                                len(deny["language_names"]), deny_status))

    # ---------------------------------------------------------- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), src["everyday"],
        src["vendor"], src["password"], src["prose"], src["prose"]))
    A("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                        len({r["container"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}),
                                                               len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema: positives `id` (`p226-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p226-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their "
      "single span also has `plain` (the clean secret) and `encoding`. Negatives (`p226-n-NNNN`): `id`, `class`, `container`, "
      "`text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with "
      "`ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written down "
      "and unused: `%s`). Vendor %d (%d candidates coded; set aside: %s). Positional passwords %d (one record per syntax; by "
      "where the text lives: %s; set aside: %s). Two further syntax ideas, `nats_cli_server_url_userinfo` and `nightwatch_setvalue_second`, were dropped "
      "because the build's name check found them in an earlier README. Prose 40 in 40 languages (spares written down and unused: %s). Evasions 66 = "
      "22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450).\n" % (
          everyday226.SPARE_KIND, src["vendor"], len(vendor226.V),
          "; ".join("`%s` (%s)" % kv for kv in vendor226.SET_ASIDE.items()), src["password"],
          ", ".join("%s %d" % (g, sum(1 for s in positional226.S if s[1] == g)) for g in positional226.SUFFIX),
          "; ".join("`%s` (%s)" % kv for kv in positional226.SET_ASIDE.items()),
          ", ".join("`%s` (%s)" % s for s in prose226.SPARES), len(neg), len(negatives226.CLASSES), len(pos)))

    # ---------------------------------------------------------- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a Slack thread, a webmaster "
      "e-mail, a GitHub issue comment, a Signal group paste, a Help Scout private note, a whiteboard OCR, a Google-Sheet TSV "
      "paste, an Airtable CSV export, zsh history, `gh secret set`, `railway variables --set`, `doppler secrets set`, a "
      "Bitwarden JSON export) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one "
      "of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the five "
      "owner-chosen vendor passwords, and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional "
      "value, every password hidden inside a Base64 positional value, every prose value and every dome-PC evasion plain." % (
          ", ".join(sorted(__import__("common226").ASTRO_WORDS)[:40]), len(__import__("common226").ASTRO_WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, vendor neighbours, hidden "
      "passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters, a string of the strict password form or a UUID-shaped string that is not version 4.")
    A("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits its "
      "`alg` (HS256 32, RS256 256, ES256 64 bytes; checked): the archive token is a real HS256 JWT (HMAC under a discarded key), "
      "the Lemon Squeezy, Printify and MailerLite keys and the Wix `IST.` key are RS256-shaped and the Calendly PAT ES256-shaped "
      "(real JSON, random signature bytes). `acu_` tokens end in a real ISO/IEC 7064 MOD 37,36 check character over station "
      "number and body; the dome Wi-Fi PSK is a real PBKDF2-HMAC-SHA1 derivation (passphrase discarded); the WireGuard private "
      "key is 32 clamped bytes; the mount-bridge secret decodes to 48 bytes; the Django key uses Django's own alphabet (all "
      "checked). Vendor frames: the Mapbox `sk.` token carries base64url JSON, the Grafana `glc_` token standard Base64 JSON, "
      "the Sentry `sntrys_` token Base64 JSON with `region_url`, the age identity a real Bech32 checksum (checked); all 120 "
      "vendor values are checked against a regular expression or frame check written next to their generator. The SMTP "
      "`AUTH PLAIN` span is Base64 of the NUL-separated PLAIN message, the Docker `config.json` and `.npmrc` `_auth` spans "
      "Base64 of `user:password`, each with a strict-form password (checked); the planetarium console roster puts the value in "
      "columns 41–60 (checked). Negatives: TLE lines carry real modulo-10 checksums, ORCID iDs real MOD 11-2 characters, "
      "EAN-13 codes real GS1 check digits, age recipients real Bech32 checksums (checked); SHA-256 / SHA-512 / SHA-1 digests "
      "are real digests of random bytes; SOPS, ansible-vault, pbkdf2, scrypt and SSHA bodies are random in the right alphabet.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.darkskies-society.example`, `*.orionridge-observatory.example`, "
      "`*.kepler-telescopes.example`, `*.meridian-planetarium.example`, `*.lan`, private addresses), key names, filler settings "
      "and ids written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (t, " ".join(nb[0])) for (t, _g, _c, _s, _cat, nb) in vendor226.VENDORS if nb))
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically, moving on to the next style when a value "
      "cannot live in one – the WordPress application password has spaces): %s. Key names are the vendor type's words in "
      "the style's case; the Bitwarden export puts the type's title-case words in `name`, the neighbour (or `api`) in "
      "`login.username` and the secret in `login.password`." % ", ".join("`%s` (%s)" % s for s in vendor226.STYLES))
    A("- Positional passwords: span type `astropw_<syntax>`, container `astropw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("`%s` (%s)" % (v, k) for k, v in positional226.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses plain "
      "or run.\n")

    # ---------------------------------------------------------- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday226.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday226.CONTAINERS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 22611) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places. Key names are the type's key words in "
      "the container's own case style: upper (with `SECRET_` in `arduino_secrets.h`, `PRIVATE_` in SvelteKit, `export` in zsh "
      "history, `set \"…\"` in cmd), snake, camel, pascal (`TelescopeShop:` prefix in .NET user secrets, XML elements in the "
      "Alpaca profile), kebab (Spring, Kubernetes), dot (`society.` prefix in Quarkus), spaced (chats, e-mails, issues) and "
      "title (OCR, CSV and TSV cells). Values that cannot live in a container unescaped (quotes, `$`, `%`, `&`, `<`, `#`, "
      "spaces where they matter) are redrawn for that container.\n")
    A("Vendor (120 types, container `<type>__<style>`): " + _bt(t[0] for t in vendor226.VENDORS) + ".\n")
    A("Positional passwords (%d syntaxes, span type `astropw_<syntax>`): " % src["password"] + "; ".join(
        "`astropw_%s` (%s, %s)" % (s[0], s[1], s[2]) for s in positional226.S) + ". None of them, nor the set-aside "
      "names, is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked).\n")
    A("Prose: someone tells a colleague the password of the dome PC and asks them not to forward it; span type "
      "`dome_pc_password_in_message`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or "
      "the spares is among the languages of either README (checked: code against the codes and all deny-listed names; name "
      "and each name word against the language names). Scripts: %s. Japanese, Mandarin, Khmer, Lao and Burmese do not "
      "separate words with spaces, so the value got spaces around it; Hebrew and Arabic are right-to-left with the Latin "
      "value embedded; Scottish Gaelic puts the value right after the copula `Is e`; Russian, Kazakh and Tatar introduce it "
      "with a colon; every value is set off by whitespace on both sides (checked).\n" % (
          _bt(prose226.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose226.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose226.LANGS}))))

    # ---------------------------------------------------------- evasions
    A("## Evasion encodings\n")
    A("; ".join("`%s` = \"%s\"" % (e, enc226.RULES[e]) for e in enc226.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: `%s`" % (enc226.FAMILIES[e], e) for e in enc226.ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions226.TYPES) + "; wordings: " +
      _bt(evasions226.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, "
      "so each encoding appears once per type and once per wording).\n")
    A("Encoders are in `enc226.enc` (the rng only adds noise the decoder ignores: the telestich words and catalogue numbers, "
      "the seconds of right ascensions, star names, apertures and day fractions); the decoder `dec226.decode` gets only the "
      "encoding name and the run and is written separately, importing nothing from the encoder, with every table retyped: "
      "Bengali digit offsets, an Ethiopic numeral reader, a traditional-Tamil reader (digit before ௰ / ௱ multiplies), a "
      "Spanish number-word table, a Base62 big-number decoder, a basE91 decoder, a z-base-32 bit reader, an xxdecoder using "
      "the count character, `zlib.decompress` of Base64, Deseret and ЙЦУКЕН back-tables, an Enigma I re-implementation "
      "(reciprocal, so decoding is encoding), last-character reading, regular expressions plus arithmetic for the CHAR formula, "
      "JSON escapes, version triplets and the five world disguises, and a bidi unwrap-and-reverse. Every pair was round-tripped "
      "on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span "
      "is decoded back to its `plain` (checked).\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every digit block, numeral notation, "
      "number-word language, byte notation, cipher, positional order, keyboard trick, look-alike block, bit code, invisible or "
      "Unicode trick, machine disguise and world disguise named there (Thai, Mongolian, N'Ko and the other digit blocks; "
      "Chinese financial, counting-rod, Greek, kanji, Roman, Hebrew, Armenian, Suzhou, Egyptian and Aegean numerals; Italian, "
      "Indonesian, French, German, Latin, Czech, Portuguese, Polish, Danish, Swahili and Esperanto number words; Base45, Base58, "
      "Z85, Ascii85, uuencode, Crockford Base32, Bubble Babble, proquints, hexagram sextets; Caesar, Atbash, Vigenère-family, "
      "affine, Hill, keyword, Polybius, rail-fence, columnar, XOR; acrostic, decoy interleave, stutter, reversal and the other "
      "orders; QWERTY coordinates, QWERTY shift and Dvorak-on-QWERTY; runes, Ogham, small capitals, regional indicators, "
      "fullwidth / mathematical / circled look-alikes; Elias gamma, Gray, Zeckendorf, BCD, bit reversal, emoji bits; tags, "
      "variation selectors, zero-width and combining tricks, upside-down text; IPv4 dotted quads, chess squares, spreadsheet "
      "columns, HTML / percent / octal escapes, and the bee and ice-rink world disguises). Close relatives remain and a scorer "
      "may count them as the same idea: Bengali digits next to the earlier digit blocks; Ethiopic and traditional Tamil numerals "
      "next to the earlier numeral notations; Spanish next to the earlier number-word languages; Base62, basE91, z-base-32 and "
      "xxencode next to Base58 / Z85 / Crockford Base32 / uuencode (xxencode is uuencode with another alphabet); zlib + Base64 "
      "next to plain Base64; Deseret next to the runes; ЙЦУКЕН next to Dvorak-on-QWERTY (both are keyboard-layout slips); the "
      "Enigma next to the earlier substitution ciphers; the telestich next to the acrostic (it reads word ends instead of "
      "word starts); JSON escapes next to the HTML / percent / octal escapes; version triplets next to the IPv4 dotted quads; "
      "the RTL override next to reversal (the stored order is reversed, the displayed order is not); and the five astronomy "
      "disguises next to the earlier world disguises. The telestich, Deseret, ЙЦУКЕН, Enigma and RTL runs keep digits (and "
      "some punctuation) visible, so a scorer may find them the easiest.\n")

    # ---------------------------------------------------------- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cname, desc, kinds in negatives226.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, nc[cname], _bt(k.__name__[2:] for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + _bt(w for w, _f in negatives226.WRAPPERS if w) + ".\n")

    # ---------------------------------------------------------- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text and nowhere else in any text; no value reused; no positive value or evasion plain in any "
      "negative; no Base64-hidden password or evasion plain visible anywhere; no slot marker, NUL or `PRIVATE KEY`; prose "
      "values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and dome-PC evasion passwords (`roc_` and `pst-` plains by their own regexes); "
      "`acu_` MOD 37,36 check character; mount-bridge secret 48 bytes; HS256 archive JWT; raw PSK 64 hex; WireGuard clamping; "
      "Django alphabet; 120 vendor regexes and frame checks; SASL PLAIN with two NULs; console roster columns 41–60; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a positive or evasion text has JSON "
      "header and payload and a signature length that fits its `alg`; negatives: TLE checksums, ORCID MOD 11-2, EAN-13 GS1 "
      "check digits, age-recipient Bech32 checksums, and no string of the strict password form")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain shape per type; the run never contains its plain and never "
      "equals it; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and once "
      "per wording")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, evasion plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, spare kind, "
      "vendor style, set-aside vendor, password suffix, prose format, evasion wording and negative wrapper is compared "
      "case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without "
      "`astropw_`) and the set-aside syntaxes also against the earlier syntax list; prose languages and spares by code, name "
      "and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief226/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; non-everyday "
      "containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(mres), sum(c for _n, c in mres), len(mres), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mres)))

    # ---------------------------------------------------------- shapes
    A("## Shapes you had to guess\n")
    cats = {"read": [], "believed": [], "guessed": [], "owner": []}
    for (t, _g, _c, shape, cat, nb) in vendor226.VENDORS:
        extra = " – next to it: %s" % " ".join(nb[0]) if nb else ""
        cats[cat].append("`%s` (%s%s)" % (t, shape, extra))
    A("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
      "nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, "
      "the exact length and case are mine) (%d): %s.\n" % (len(cats["read"]), "; ".join(cats["read"])))
    A("*Believed right from background knowledge of public rule sets and vendor docs (not re-read this session)* (%d): %s.\n" % (
        len(cats["believed"]), "; ".join(cats["believed"])))
    A("*Guessed (length and alphabet only; many astronomy, weather, shop and smaller vendors publish no token format the "
      "builder knows, so these are recognisable from the key name only)* (%d): %s.\n" % (len(cats["guessed"]), "; ".join(cats["guessed"])))
    A("*Owner-chosen passwords (the portal, forum or device is unlocked with a password the member picked)* (%d): %s.\n" % (
        len(cats["owner"]), "; ".join(cats["owner"])))
    A("Also invented or guessed: the everyday `acu_` layout (MOD 37,36 tail) and the evasion prefixes `roc_` / `pst-` are "
      "invented; the WireGuard key, WPA2 raw PSK, Django key alphabet and HS256 JWT follow public formats for invented uses. "
      "The observing-rota CSV (fourth column `dome`), star-party badge TSV (`gate`), telescope-loan pipe file, planetarium "
      "console fixed-width roster (columns 41–60, header `CONSOLE`) and eyepiece-case register are invented formats of this "
      "world. Syntaxes are written from memory, not re-checked (notably `smbclient -U u%p`, `xfreerdp /p:`, `snmpget -A`, "
      "`isql DSN u p`, `amqp-publish --url`, `lynx -auth=`, `ab -A`, `qpdf --encrypt \"\" OWNER 256 --`, `winscp.com /command`, "
      "`bw unlock PW`, `mysqlsh --uri u:p@h`, `ssh-keygen -P`, `nmcli --ask`, `vault kv put … field=-`, `aws ssm … file:///dev/stdin`, "
      "`lpass` with `LPASS_DISABLE_PINENTRY`, the argument positions of paramiko, pysnmp, Exposed, libpq `PQsetdbLogin`, Qt "
      "`open`, Ruby `Net::SMTP.start`, Go `smtp.PlainAuth`, NTRIP 1.0 `SOURCE`, `AT+CWSAP`, Assuan `D`, PPP `chap-secrets`, "
      "Dovecot `{PLAIN}`, systemd `SetCredential=`, squid `cache_peer … login=`). Evasion code points (Bengali U+09E6, Ethiopic "
      "U+1369 / U+1372 / U+137B, Tamil U+0BE6 / U+0BF0 / U+0BF1, Deseret U+10400 / U+10428) and the Enigma rotor tables are "
      "from memory and checked only by round trip; the Deseret letter assignment (block order, not sound) is the builder's own. "
      "Negatives: the TLE column layout, MPC 80-column layout, FITS CHECKSUM value (random, not the real FITS checksum "
      "encoding), bibcode padding, reCAPTCHA / Turnstile site-key lengths and the PostHog `phc_` length are approximate.\n")

    # ---------------------------------------------------------- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (booking admin, planetarium show control, telescope-shop back office, "
      "roll-off roof controller, membership database, star-party portal) and six generated secrets (`acu_` all-sky upload "
      "token, mount-bridge HMAC secret, HS256 archive JWT, WPA2 raw PSK, WireGuard private key, Django secret key). The raw PSK "
      "is a bare 64-hex value and the WireGuard key a bare 44-character Base64 string – only the key name and context tell "
      "them from the SHA-256 sums and WireGuard *public* keys in the negatives (deliberate). Key names in everyday files say "
      "password / token / secret / key / jwt / psk – that is how such files look; the telling-key-free cases are in the "
      "positional source.")
    A("- Vendor: many astronomy, weather and small commerce vendors publish no token format the builder knows, so their "
      "types are recognisable only from the key name (part of the test). Five vendor types carry owner-chosen passwords "
      "(Space-Track, AAVSO, iTelescope, the ZWO ASIAIR hotspot, the Cloudy Nights forum). Whole URLs are labelled for the "
      "Discord and Teams webhooks (the URL is the credential). The WordPress application password (six groups of four "
      "separated by spaces) and the Nextcloud and Bluesky app passwords are generated by the service, not owner-chosen. "
      "Same-shape traps: the Mapbox `sk.` secret token (positive) against the `pk.` public token (negative, same JSON frame); "
      "the age `AGE-SECRET-KEY-1` identity (positive) against `age1…` recipients (negatives); the Stripe `rk_live_51` key "
      "against `pk_live_51`; the Algolia admin key (positive, 32 hex) against the search-only key (negative, 32 hex); "
      "Postmark, Coinbase Commerce, Buttondown, Railway and Opsgenie values are bare UUIDv4s like the observation and request "
      "ids in the negatives; many 32-, 40- and 64-hex secrets (MAST, AstroBin, Ambient Weather, Discourse, TaxJar, FreshBooks, "
      "Mailjet, Vimeo, Rollbar, Azure OpenAI, W&B, Deepgram) look like the digests and firmware hashes of the negatives. Ids "
      "next to a secret (client ids, API keys that are the public half of a key / secret pair such as the WooCommerce `ck_` "
      "key, the Flickr key, the Mailjet and Vonage API keys, the AstroBin API key, the Langfuse `pk-lf-` key, Razorpay `rzp_live_` "
      "key ids, B2 key ids) stay unlabelled as the public half of a pair (arguable: some vendors call them keys, and some of "
      "them are secret-adjacent). The Bitwarden export's `password` field holds an API key for most vendor types – that is "
      "how people store API keys in password managers.")
    A("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-A`, `/p:`; glued `-pPW`; `user%pw`, `user:pw` "
      "pairs after `-u`, `-a`, `-A`, `-auth=`, `--proxy-auth`, `--uri`; URL userinfo in hg, amqp-publish, restic, cvlc, "
      "WinSCP, psycopg2, SQLAlchemy, redis, mongoose, amqplib, git-credentials, muttrc, RTSP and a proxy log; impacket "
      "`DOMAIN/user:pw@host`; positional after a user in `isql`, `net user`, `OPER`, the ftp `user` command; library call "
      "positions in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C, C++ and ESP32 Arduino), unlocks or "
      "encrypts (`zip -P`, `7z -p`, `qpdf` owner, `cryptsetup`, `keepassxc-cli`, `bw unlock`, `ssh-keygen -P`, `zipfile` "
      "`pwd`, `PBEKeySpec`, `Rfc2898DeriveBytes`, `scryptSync`, `pbkdf2_hmac`, crypto-js), is a signing or derivation secret "
      "given as a literal (`createHmac`, `jwt.sign`, itsdangerous, `SecretKeySpec`, `HMACSHA256`, Go `hmac.New`, Ruby / PHP / "
      "Perl HMAC, `openssl dgst -hmac`, pgcrypto `hmac`), stores or hashes a secret (`vault kv put`, `aws ssm put-parameter`, "
      "`crypt(…, gen_salt)`, `SHA2`, `HASHBYTES`), is an SNMP community or auth phrase, a Wi-Fi key (`nmcli --ask`, "
      "`AT+CWSAP`, `addAP`), sits in a file by position, travels in a protocol exchange or is typed by UI automation (UI "
      "tests use neutral field ids `#f2`, `f2`, `Login/f2`). Weakest kept cases, with a hint of a word nearby: the tool names "
      "`sshpass`, `keepassxc-cli` and `lpass`, the `SOURCE` line of NTRIP (the protocol calls the field a password), the "
      "`chap-secrets` header comment (`secret`), the `-P` (old phrase) flag of `ssh-keygen`, `-hmac`, `Unlock code:` in the "
      "expect script, the `SetCredential=` directive and the headers of the invented files (`dome`, `gate`, `CONSOLE`); none "
      "of them is a `password=` key. The SMTP `AUTH PLAIN`, Docker `auth` and npm `_auth` spans are the whole Base64 token, "
      "not the decoded password. The `rclone obscure` output line after the command is random filler, not the obscured "
      "password. The `crypt`, `SHA2` and `HASHBYTES` values are literals about to be hashed (arguable: the stored result is "
      "not a secret, but the literal in the console history is). Syntaxes whose flag or function name says pass / password "
      "/ pw right before the value were not written.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Russian, Norwegian Bokmål, Galician, Bosnian, Serbian, Japanese, Mandarin Chinese, "
      "Standard Malay, Tagalog, Hindi; modest for Icelandic, Luxembourgish, Western Frisian, Korean, Hebrew, Standard Arabic, "
      "Marathi, Bengali, Gujarati, Javanese, Kazakh, Northern Uzbek, Tatar, Halh Mongolian, Hausa, Zulu, Xhosa; low for "
      "Scottish Gaelic, Breton, Kannada, Malayalam, Sinhala, Khmer, Lao, Burmese, Yoruba, Kinyarwanda. Loan words (PC, "
      "password, पासवर्ड, পাসওয়ার্ড, dome) are kept as people use them. `cmn`, `arb`, `zsm`, `uzn`, `khk` and `nob` are the "
      "individual-language codes behind Chinese, Arabic, Malay, Uzbek, Mongolian and Norwegian.")
    A("- Evasions: Bengali is a digit block; Ethiopic and traditional Tamil are numeral notations (additive, with ten and "
      "hundred signs); Spanish a spelled form; Base62, basE91, z-base-32 and xxencode byte-to-text encodings; zlib + Base64 a "
      "compression disguise; Deseret a script substitution; ЙЦУКЕН a wrong-keyboard-layout slip; the Enigma a rotor cipher; "
      "the telestich a steganographic code; the CHAR formula and JSON escapes code notations; version triplets a machine "
      "disguise; the RTL override a bidi trick that displays the plain correctly while storing it reversed; Messier numbers, "
      "right ascensions, variable-star magnitudes, telescope focal lengths and Julian dates are this world's disguises of "
      "code points. basE91 runs can hold quotes and punctuation such as `\"`, `{`, `}`, `<`, `>`, `&`, `%`, `$`, `#` and "
      "`@` – they are stored verbatim (escaped only by the JSON writer).")
    A("- Negatives: catalogue designations, TLEs, FITS cards, MPC lines, serials, ORCIDs, bibcodes and EAN-13 codes are "
      "identifiers (the FITS `CHECKSUM` card holds a 16-character mixed-case string that looks like a key – a trap); the "
      "Mapbox `pk.`, reCAPTCHA / Turnstile site keys, Stripe `pk_live_51`, Algolia search-only key, PostHog `phc_` and the "
      "Sentry DSN are public by design (the Algolia search-only key has exactly the shape of the labelled admin key – the most "
      "arguable negative; the Mapbox `pk.` token is the second most arguable); SOPS values and ansible-vault bodies are "
      "ciphertext (the SOPS file carries the real key names `roof_console` and `allsky_upload` – a trap); the `.env.sample` "
      "and contributor guide use the real everyday and vendor key names with placeholders (`changeme`, all-zero and all-x "
      "PSKs, `rk_live_...`, `${…:?missing}`, `AGE-SECRET-KEY-1XXXXXXXX…`); `[FILTERED]`, bullets, stars and last-four displays "
      "carry no value; ExternalSecret / `secretKeyRef` / Key Vault / `{{resolve:…}}` / `${vault:…}` are pointers; Django "
      "pbkdf2, Werkzeug scrypt and LDAP SSHA strings are one-way hashes (the column is called `password`, a trap); webhook "
      "signature headers are per-delivery MACs, not signing secrets; image digests, SRI strings, commit SHAs and release sums "
      "are digests; WireGuard, age and minisign public keys are public; SQM and weather logs carry hex raw frames; ticket "
      "barcodes, booking refs, UUIDv4s, ULIDs and trace ids are ids. Random fillers are generated, so an entropy-only "
      "detector will hit them – that is the point.\n")

    # ---------------------------------------------------------- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `/tmp/brief226/` (p221 and p223), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch226/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch226/`), read for the rules behind every vendor type "
      "marked *read this session* above (among them Stripe `rk_`, Shopify `shpss_` / `shppa_`, EasyPost `EZAK`, Shippo, "
      "SendGrid `SG.`, Teams webhooks, OpenAI `sk-admin-`, Anthropic `sk-ant-admin01-`, Cohere, Hugging Face `api_org_`, "
      "GitHub `ghs_` / `ghu_`, GitLab `glptt-` / `glrt-`, Atlassian `ATATT3`, PyPI, Sourcegraph `sgp_`, Postman `PMAK-`, ReadMe "
      "`rdme_`, PlanetScale `pscale_tkn_`, Linear `lin_api_`, Prefect `pnu_`, Terraform `atlasv1`, Vault `hvs.`, age, "
      "Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Sentry `sntrys_`, Cloudflare Origin CA, Entra ID `Q~`, 1Password `A3-`, "
      "ClickHouse `4b1d`, MaxMind `_mmk`, Algolia, Twitter). Betterleaks, Kingfisher, CredSweeper and vendor documentation "
      "were not opened this session; the remaining shapes come from the builder's memory and are marked above as believed or "
      "guessed.")
    return "\n".join(L) + "\n"
