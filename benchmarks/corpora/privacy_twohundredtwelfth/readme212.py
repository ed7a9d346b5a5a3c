"""Renders README.md from the generated data (called twice by build.py and compared)."""
import everyday212
import evasions212
import negatives212
import positional212
import prose212
import vendor212


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, dl, notes, muts):
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by_src = {}
    for r in pos:
        by_src.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in pos})
    n_cont = len({r["container"] for r in pos})
    neg_classes = []
    for r in neg:
        if r["class"] not in neg_classes:
            neg_classes.append(r["class"])
    L = []
    A = L.append
    A("# privacy_twohundredtwelfth (p212) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**bridal-shop, formalwear-hire and costume-rental developers**: fitting appointments and measurements (Symfony and Django "
      "fitting diaries, Flask and Alembic measurement stores, React Native, Swift and Android fitting apps, age-encrypted measurement "
      "backups), alteration tickets (AdonisJS and Phoenix workroom services, a Capacitor tailor tablet), hire bookings and return checks "
      "(Spring, NestJS and Go hire services, Booqable, Current RMS, Rentman, EZRentOut), deposits and damage claims (Laravel deposit "
      "config, Strapi and Directus claim stores, Luhn-mod-32-checked claim signing keys, Stripe, Square, PayPal, Mollie, Braintree, "
      "Clearpay, WooCommerce, Shopify, BigCommerce, Lightspeed, Wix), garment barcode and RFID tags (ESP32 exit gates, Node-RED and "
      "Zebra reader profiles, BarTender label integration, Adler-32-tailed reader keys, Impinj ItemSense, Nedap iD Cloud, Zebra Savanna "
      "and printer admin pages), stock rotation between branches (Celery, Helidon, ES256 sync JWTs, SSCC carton labels), theatre and "
      "school costume orders (WordPress, Drupal, Medusa and Apps Script order portals, CRC-32-tailed portal tokens, Wonde), dry-cleaning "
      "handoffs (Rust and Deno handoff services, CleanCloud); plus the commerce, messaging, AI, developer and ops services such "
      "developers use (Shippo, EasyPost, ShipStation, Sendcloud, Royal Mail Click & Drop, Xero, QuickBooks, Zoho Books, FreeAgent, "
      "Deputy, SendGrid, Postmark, Mailjet, Mandrill, Brevo SMTP, Twilio API keys, Vonage, Plivo, WhatsApp Cloud, Instagram Graph, "
      "Discord and Teams webhooks, Slack app and user tokens, Zapier and Make hooks, Gorgias, Help Scout, MailerLite, Pusher Beams, "
      "Calendly, BridalLive, OpenAI and Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, AssemblyAI, "
      "Deepgram, Azure OpenAI, Bedrock, Hugging Face org tokens, remove.bg, Photoroom, Cloudinary, Uploadcare, Bunny, Algolia, "
      "Meilisearch, Typesense, Mapbox, Google Maps, GitHub app and OAuth tokens, GitLab deploy / runner / trigger tokens, npm, PyPI, "
      "Docker Hub, Atlassian, Linear, Figma, Netlify, Supabase, PlanetScale, ClickUp, Asana, Trello, monday.com, Contentful, Sanity, "
      "Terraform Cloud, Grafana, New Relic, Sentry org tokens, PagerDuty, Opsgenie, Vault, Doppler, Cloudflare global and origin-CA "
      "keys, AWS STS, Azure AD and SAS, Vultr, DigitalOcean Spaces, Mailgun webhooks); with hard negatives from the same world (RFID "
      "EPCs and TIDs, GTIN-13 / EAN-8 swing tags and SSCC-18 carton labels with real GS1 check digits, measurement cards, alteration "
      "tickets with real ISO 7064 MOD 97-10 check digits, hire references and booking UUIDv4s, card-terminal receipts and Stripe object "
      "ids, damage-claim photo digests, dry-cleaning dockets, publishable storefront keys including a Supabase anon JWT, placeholders, "
      "redactions, ExternalSecret / `op://` / `doppler://` references, Django PBKDF2 and passlib scrypt hashes, SOPS and Ansible Vault "
      "ciphertext, handbook prose, school and theatre order numbers with real UK VAT check digits, commit and image digests, webhook "
      "event and idempotency ids, designer style and colour codes). Everything is produced by `build.py` and its modules "
      "(`common212.py`, `everyday212.py`, `vendor212.py`, `positional212.py`, `prose212.py`, `enc212.py`, `dec212.py`, "
      "`evasions212.py`, `negatives212.py`, `checks212.py`, `readme212.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (21201 everyday, 21211 everyday pairing, 21202 vendor, 21203 positional passwords, "
      "21204 prose, 21205 evasions, 21206 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in "
      "one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both "
      "generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief212/`." % len(muts))
    A("")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwelfth/`) was created (with `mkdir -p`) and written; its parent was never listed, nothing "
      "else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were "
      "the two READMEs in `/tmp/brief212/` (`README_twohundredninth.md`, p209, mobile-phone repair / refurbishment / recycling developers; "
      "`README_twohundredtenth.md`, p210, hot-air balloon / skydiving / paragliding operator developers), used only to learn the file "
      "format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch212/` (an "
      "extracted copy of the public gitleaks rule file and trial runs). The deny-list (`common212.extract_denylist`) holds every "
      "backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier "
      "positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the "
      "pattern also catches `id` and `alg`, which only makes the list stricter) and the names and name words of those pairs (%d "
      "entries, with harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief212/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Every candidate list was written after reading the READMEs and the build fails on any "
      "overlap. Encodings the READMEs name only in prose (their bases 11, 12, 13, −10 and 2i, negabinary and balanced ternary, the Lao, "
      "Odia, Ol Chiki, N'Ko, Myanmar and Mongolian digits, hieroglyph and Aegean numerals, Swahili, Hungarian, Finnish, German, "
      "Esperanto, Turkish and Indonesian number words, Gronsfeld, Vigenère and Trithemius, keyboard ciphers, Greek and Cyrillic "
      "look-alikes, combining marks, bidi, soft hyphens and zero-width characters, IPv6 / MAC / dotted-quad bytes, deltas, sums, running "
      "totals and products, reversal, rotation, chaff, nulls, tiles, stutter, pair swap, acrostic and telestich) were avoided by hand "
      "as well. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations."
      % (len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"]), "; ".join(notes)))
    A("")
    # ------------------------------------------------------------------ files and counts
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), n_types, n_cont, len(by_src.get("everyday", [])), len(by_src.get("vendor", [])),
        len(by_src.get("password", [])), len(by_src.get("prose", [])), len(by_src.get("prose", []))))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                       len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(neg_classes)))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |" % (
        len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p212-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p212-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); their "
      "single span also has `plain` (the clean secret) and `encoding`. Negatives (`p212-n-NNNN`): `id`, `class`, `container`, `text`, "
      "`source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    A("")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written down and unused: %s). "
      "Vendor 120 (135 candidates coded; set aside: %s). Positional passwords %d (one record per syntax). Prose 40 in 40 languages "
      "(spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total "
      "%d (asked: about 450). Strings drawn through the registry (values, vendor neighbours, hidden passwords, evasion plains and runs): %d." % (
          _bt(everyday212.SPARE_KINDS), "; ".join("`%s` (%s)" % x for x in vendor212.SET_ASIDE), len(by_src.get("password", [])),
          ", ".join("`%s` (%s)" % x for x in prose212.SPARES), len(neg), len(neg_classes), len(pos), data["registry_size"]))
    A("")
    # ------------------------------------------------------------------ conventions
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never "
      "the quotes and never the key. Values pasted where they do not belong (a WhatsApp group export, a Slack thread, a Jira comment, a "
      "Discord message, an e-mail body, an OCR'd fitting-room whiteboard, a Google Sheets CSV, zsh history, a Windows batch file, an "
      "iMessage paste, a Help Scout note, a Bitwarden CSV export, `railway variables --set`, `aws ssm put-parameter`, `gh secret set`) "
      "are labelled.")
    A("- Owner-chosen passwords are a word of this world (veil, tulle, organza, bodice, bustle, petticoat, cravat, waistcoat, tuxedo, "
      "cummerbund, sporran, sgiandubh, seamstress, overlocker, dressform, tabard, doublet, panto, garmentbag, fascinator, bridesmaid, "
      "ballgown, …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / "
      "digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks "
      "`^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the five owner-chosen vendor passwords, "
      "and the strict `^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every plain positional value, every password hidden inside a "
      "Base64 positional value, every prose value and every till-PC evasion plain." % len(__import__("common212").WORLD_WORDS))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain and no Base64-hidden password appears in any text or negative. Values, vendor neighbours, hidden passwords, evasion "
      "plains and runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with "
      "an earlier one; a negative is redrawn if it contains any registered string of 6+ characters or a hidden password.")
    A("- Structured values are valid: every UUID-shaped substring of every text (positives, evasions, negatives) is version 4 (checked); "
      "every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a signature length that fits "
      "its `alg` (HS256 32, ES256 64, ES512 132, RS256 256 bytes; checked): the stock-sync token is ES256-shaped (random signature), "
      "Rentman, monday.com and the Supabase service-role key are real HS256 JWTs (HMACs under discarded keys), Calendly ES512-shaped, "
      "MailerLite and the JWT inside the Wix `IST.` key RS256-shaped. `rfr_` keys end in the real Adler-32 of their 36-character body, "
      "`dcsk_` keys in a real Luhn mod 32 check character over the Crockford alphabet, `cop_` tokens in 6 base62 characters of the real "
      "CRC-32 of their body, the age identity carries a real Bech32 checksum, `hbwsec_` is Base64 of 32 bytes (all checked). Vendor "
      "frames: the Mapbox `sk.` middle part, Grafana Cloud `glc_` and Sentry `sntrys_` bodies are real JSON; the STS session token is "
      "Base64 of `!\\n\\torigin_ec` + random bytes; the SAS `sig` is percent-encoded Base64 of 32 bytes; Xero and Bedrock bodies "
      "decode to 64 / 96 bytes (all checked); all non-owner vendor values are regex-checked against their shape. The Docker "
      "`config.json` `auth` span is Base64 of `user:password` and the SMTP `AUTH PLAIN` span Base64 of NUL user NUL password, each "
      "with a strict-form password (checked); the alteration-rack fixed-width file puts the value in columns 41–60 (checked). Negatives: "
      "GTIN-13, EAN-8 and SSCC-18 carry real GS1 check digits, alteration tickets real ISO 7064 MOD 97-10 check digits, UK VAT numbers "
      "real mod-97 check digits (all checked); SHA-256 / SHA-1 digests are real digests of random bytes; the Supabase anon key is a "
      "real HS256 JWT under a discarded key.")
    A("- Public neighbours are unlabelled: user names, hosts (`*.veilandlace.lan`, `*.tuxhire.example`, `*.curtaincallcostumes.lan`, "
      "`*.hemline-alterations.lan`, `*.pressandfold.example`, private addresses), key names, and ids written next to a vendor secret "
      "(%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (v[0], " ".join(v[5][0])) for v in vendor212.VENDORS if v[5]))
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the type name in the style's case; "
      "in the Bitwarden CSV the neighbour sits in `login_username`, the secret in `login_password` and the key name in `notes`." % (
          ", ".join("`%s` (%s)" % s for s in vendor212.STYLES)))
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text lives: %s." % (
        positional212.PREFIX, positional212.PREFIX, ", ".join("`%s` (%s)" % (v, k) for k, v in positional212.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run "
      "equals the plain, if the run would start or end with whitespace or if the registry refuses it.")
    A("")
    # ------------------------------------------------------------------ categories
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): %s." % "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday212.TYPES))
    A("")
    A("Container kinds (45, key style in brackets): %s. Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded "
      "permutation (seed 21211) of the 12 types and deals four consecutive types to each kind, so every kind holds four different types "
      "and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places (an age identity in an "
      "Android `strings.xml`, a dry-cleaning password in Laravel deposit config). Key names are the type's key words in the container's "
      "own case style: upper, snake, camel, pascal, kebab, dot (MicroProfile properties, with a `stock.` prefix), spaced (chats, "
      "tickets, e-mails) and title (OCR, CSV cells); the Strapi kind wraps the key in `env('…', '…')`, the Go kind in an `envconfig` "
      "struct tag with a `default`, the BarTender kind uses the key as an XML element name." % ", ".join(
          "`%s` (%s)" % (k[0], k[1]) for k in everyday212.KINDS))
    A("")
    A("Vendor (120 types, container `<type>__<style>`): %s." % _bt([v[0] for v in vendor212.VENDORS]))
    A("")
    pw_types = [r["type"] for r in by_src.get("password", [])]
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s. None of them is among the syntaxes or names of either README "
      "(compared after removing the `<letters>pw_` prefix; checked)." % (len(pw_types), positional212.PREFIX, _bt(pw_types)))
    A("")
    A("Prose: someone tells a colleague the password of the boutique till PC and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among the languages of either "
      "README (checked: code against the codes and all deny-listed names; name and each name word against the language names). "
      "Scripts: %s. Japanese, Korean, Mandarin, Khmer and Burmese got spaces around the value (Japanese, Mandarin, Khmer and Burmese do "
      "not separate words); Hebrew is right-to-left with the Latin value embedded; Hindi, Marathi, Gujarati, Panjabi, Kannada, "
      "Malayalam, Sinhala, Nepali and Tajik (among others) put the copula after the value; every value is set off by whitespace on both sides (checked)." % (
          prose212.TYPE, _bt(prose212.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose212.LANGS),
          ", ".join(sorted({s for _, _, s, _ in prose212.LANGS}))))
    A("")
    # ------------------------------------------------------------------ evasions
    A("## Evasion encodings")
    A("")
    A("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in evasions212.ENCODINGS) + ".")
    A("")
    A("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in evasions212.ENCODINGS) + ".")
    A("")
    A("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; each encoding appears once per type and once per wording)." % (
        "; ".join("`%s` (%s)" % (t[0], t[1]) for t in evasions212.TYPES), _bt([w[0] for w in evasions212.WORDINGS])))
    A("")
    A("Encoders are in `enc212.enc` (the rng only adds noise the decoder ignores: initials, bust and waist figures, job descriptions, "
      "suits, EPC filler hex, veil edges and costume names); the decoder `dec212.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: `int(t, 6)`, a factorial-base "
      "sum, `int(run, 36)` back to UTF-8 bytes, code-point offsets for Balinese and Osmanya digits, Czech and Portuguese word-value sums "
      "(`e` skipped), the inverse affine map (25 is the inverse of 5 mod 62), a rail-fence refill, a grid lookup, monospace and tag-block "
      "offsets, re-interleaving of the odd / even halves, unfolding from both ends, a Chinese-numeral parser (`佰`, `拾`, `零`), an "
      "integer square root, and regular expressions plus arithmetic (and a day-of-year table) for the six world disguises. Every pair "
      "was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 3–44 per encoding while writing (0 failures); at build time "
      "every span is decoded back to its `plain` (checked).")
    A("")
    # ------------------------------------------------------------------ negatives
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    for cname, desc, kinds in negatives212.CLASSES:
        A("| `%s` | %d | %s | %s |" % (cname, sum(1 for r in neg if r["class"] == cname), _bt([k for k, _ in kinds]), desc))
    A("")
    A("Each base kind appears plain and wrapped %s." % _bt([w for w, _ in negatives212.WRAPPERS if w]))
    A("")
    # ------------------------------------------------------------------ checks
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per record; "
      "spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its "
      "text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password in any "
      "text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for plain "
      "positional, Base64-hidden, prose and till-PC evasion passwords (`rgo_` and `gvu-` plains by their own regexes); `rfr_` Adler-32; "
      "`hbwsec_` Base64 of 32 bytes; ES256 stock JWT; `dcsk_` Luhn mod 32; `cop_` CRC-32 in base62; age identity Bech32; vendor "
      "regexes plus the frames inside the Wix, Rentman, monday.com, MailerLite, Calendly, Supabase, Mapbox, Grafana Cloud, Sentry, STS, "
      "SAS, Xero and Bedrock values; Base64 positional spans decode to the right frame; alteration-rack columns 41–60; UUID-shaped "
      "substrings of every text are version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload "
      "and a signature length that fits its `alg`; GS1 (GTIN-13, EAN-8, SSCC-18), ISO 7064 MOD 97-10 and UK VAT check digits in the "
      "negatives")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a newline and is "
      "followed by a newline and a remark; plain shape; the run never contains its plain and never equals it; record and span encoding "
      "agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and wording")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose format, "
      "evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, spare kind, style, "
      "suffix, format, wording and wrapper is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; "
      "positional syntaxes (span type without `%s`) also against the earlier syntax list; prose languages (taken from the record "
      "containers) and spares by code, name and name words; `brief_names.json` is compared with a fresh extraction when "
      "`/tmp/brief212/` exists" % positional212.PREFIX)
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types with "
      "containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct languages; "
      "66 evasions (22 × 3); positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s" % (
        len(muts), sum(1 for _, c in muts if c), len(muts), ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in muts)))
    A("")
    # ------------------------------------------------------------------ shapes
    A("## Shapes you had to guess")
    A("")
    groups = [("read", "*Read this session* for shape in the public gitleaks default rule file (`config/gitleaks.toml`; nothing "
                       "copied; every value generated; where the rule gives only a prefix or a length range, the exact length is mine)"),
              ("believed", "Believed right from background knowledge (not re-read this session)"),
              ("guessed", "Guessed (length and alphabet only; most rental, bridal, dry-cleaning, RFID and shipping vendors publish no "
                          "token format the builder knows, so these are recognisable from the key name only)"),
              ("owner", "Owner-chosen passwords (the portal or device is unlocked with a password the owner picked)")]
    for g, title in groups:
        items = [v for v in vendor212.VENDORS if v[4] == g]
        A("%s (%d): %s." % (title, len(items), "; ".join(
            "`%s` (%s%s)" % (v[0], v[3], (" – next to it: " + " ".join(v[5][0])) if v[5] else "") for v in items)))
        A("")
    A("Also invented or guessed: the everyday layouts `rfr_` (Adler-32 tail), `hbwsec_`, `dcsk_` (Luhn mod 32), `cop_` (base62 "
      "CRC-32 tail, modelled on GitHub's token checksum) and the evasion prefixes `rgo_` / `gvu-` are invented; the ES256 stock-sync "
      "token is a modelling choice (random signature bytes); the age identity follows the public age format (`AGE-SECRET-KEY-1` + "
      "Bech32), generated from random bytes, not derived by age. The fitting-diary CSV (fourth column `till_login`), hire-counter pipe "
      "file, alteration-rack fixed-width roster (columns 41–60), dry-cleaner semicolon manifest, RFID-portal TSV and costume-store YAML "
      "flow sequence are invented formats of this world. Syntaxes written from memory, not re-checked: `mongosh -p`, `redis-cli -a`, "
      "`smbclient -U u%p`, `xfreerdp /p:`, `rdesktop -p`, `sshpass -p`, `docker login -p`, `skopeo --src-creds`, `mc alias set`, "
      "`zip -P`, `aescrypt -p`, `veracrypt -p`, `ldapsearch -w`, `rabbitmqctl add_user`, `net user … /add`, `ovftool vi://`, `lpadmin "
      "-v smb://`, `hdbsql -p`, `vsql -w`, `beeline -p`, `celery -b amqp://`, `snmpget -A`, `snmpwalk -c`, `redfishtool -p`, `bw "
      "unlock`, `psql` URI, `az login -p`, `cf auth`, `winrs -p:`, `sudo -S`, `cryptsetup --key-file=-`, `keepassxc-cli`, `lpass "
      "login`, `realm join`; the library positions (paramiko, imaplib, `HTTPDigestAuth`, `load_pem_private_key`, itsdangerous, "
      "pysnmp, smbprotocol, exchangelib, jsonwebtoken, `createHmac`, cookie-parser, socket.io `emit`, JavaMail, Jedis, "
      "`SecretKeySpec`, OkHttp `Credentials.basic`, MailKit, `DirectoryEntry`, Go `smtp.PlainAuth`, minio-go, lettre, `Net::SMTP`, "
      "`OpenSSL::HMAC`, PDO, `ldap_bind`, `oci_connect`, `hash_hmac`, Digest::SHA, httr, ADO, AutoIt `RunAs`); the file layouts "
      "(`.pgpass`, OpenVPN `auth-user-pass`, Docker `config.json`, `pip.conf`, `.git-credentials`, vsftpd virtual users, Dovecot "
      "`{PLAIN}`, Postfix `sasl_passwd`, WinSCP scripts, NUT `upsmon.conf`, `snmpd.conf`, espanso); the protocol forms (IMAP `LOGIN`, "
      "NickServ `IDENTIFY`, SMTP `AUTH PLAIN`, RESP `AUTH`, Quectel `AT+QICSGP`, the Wi-Fi QR payload, JSON-RPC `login`, Odoo XML-RPC "
      "`authenticate`); the UI automation calls (AutoHotkey, xdotool, Playwright, Cypress, TestCafe, Katalon, AppleScript, Puppeteer, "
      "tmux, pyautogui, Gherkin, UFT); the SQL forms (`IDENTIFIED BY`, database links, `sp_addlinkedsrvlogin`, `AES_ENCRYPT`, "
      "`pgp_sym_encrypt`, H2 `CREATE LINKED TABLE`, FEDERATED `CONNECTION`). Evasion rules: the Balinese (U+1B50) and Osmanya "
      "(U+104A0) digit blocks, the mathematical monospace offsets and the Unicode tag block are from memory and checked only by "
      "round trip. Negatives: EPC / TID, docket, URN, PO and style layouts are approximate; PBKDF2, scrypt, SOPS and Ansible Vault "
      "bodies are random bytes in the right frame, not hashes or ciphertexts of anything.")
    A("")
    # ------------------------------------------------------------------ judgement calls
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (fitting diary admin, client measurements database, alteration-ticket console, hire "
      "portal, costume-store POS, dry-cleaning hand-off portal) and six generated secrets (`rfr_` RFID reader key, `hbwsec_` hire "
      "webhook secret, ES256 stock-sync JWT, `dcsk_` damage-claim signing key, `cop_` costume-order portal token, age identity for "
      "measurement backups). Key names in everyday files say password / key / secret / token / jwt / identity – that is how such files "
      "look; the telling-key-free cases are in the positional source. The age identity is a private key in text form and is labelled "
      "whole; age recipients (`age1…`, public by design) appear only in negatives (SOPS metadata).")
    A("- Vendor: most rental, bridal, RFID, dry-cleaning and shipping vendors publish no token format the builder knows, so their "
      "types are recognisable only from the key name – part of the test. Five vendor types carry owner-chosen passwords (Royal Mail "
      "Click & Drop, BridalLive staff, CleanCloud store, Impinj ItemSense admin, Zebra printer web admin). Same-shape traps: the "
      "Shopify API key, WooCommerce `ck_`, ShipStation, Sendcloud, Mailjet, Help Scout, Uploadcare and Trello neighbours have the "
      "shape of (or a shape close to) the secret next to them and stay unlabelled; the Twilio `SK…` SID, the AWS `ASIA…` id, the "
      "DigitalOcean `DO00…` key and the Azure client id are left unlabelled as the id half of a pair (arguable); Postmark, "
      "QuickBooks webhook, Royal Mail and Opsgenie secrets are bare UUIDv4s (secrets that look like ids), while negatives hold UUIDv4 "
      "booking, client and idempotency ids; the Google Maps server key (positive) shares the `AIza` shape with the browser key in the "
      "negatives; the Supabase service-role JWT (positive) and the anon JWT (negative) differ only in the `role` claim; the Mapbox "
      "`sk.` (positive) and `pk.` (negative) tokens share their frame; Discord, Teams, Zapier and Make webhook URLs are labelled whole "
      "because the URL is the credential; the Azure SAS span is the percent-encoded `sig` value only, not the whole URL (arguable); the "
      "Meilisearch master key is chosen at install time but is a long random key in practice. Brands of the earlier READMEs reappear "
      "with other credential kinds (Stripe restricted and webhook secrets, Shopify shared secret and custom-app token, Slack app and user "
      "tokens, GitHub app and OAuth tokens, GitLab deploy / runner / trigger tokens, OpenAI and Anthropic admin keys, Sentry org token, "
      "Doppler personal token, Cloudflare global and origin-CA keys, Xero and QuickBooks webhook keys, Brevo SMTP relay key); only type "
      "names were checked.")
    A("- Passwords: labelled when the value logs in (flags, positional arguments, URL userinfo in `ovftool`, `lpadmin`, `celery`, `psql`, "
      "`pip.conf`, `.git-credentials`, WinSCP and FEDERATED tables), unlocks an archive, volume, key file or vault (`zip -P`, "
      "`aescrypt`, `veracrypt`, `cryptsetup`, `keepassxc-cli`, `bw unlock`, `lpass`, `load_pem_private_key`), creates an account with "
      "the clear value (`rabbitmqctl add_user`, `net user /add`, `IDENTIFIED BY`), is a signing or encryption secret given as a literal "
      "(itsdangerous, jsonwebtoken, `createHmac`, cookie-parser, `SecretKeySpec`, `OpenSSL::HMAC`, `hash_hmac`, `hmac_sha256_hex`, "
      "`AES_ENCRYPT`, `pgp_sym_encrypt`), is an SNMP community or v3 auth phrase, a Wi-Fi key (QR payload) or an APN secret "
      "(`AT+QICSGP`), sits in a file by position, travels in a protocol exchange or is typed by automation (UI tests use neutral field "
      "ids `f1` / `f2`). Weakest kept cases, with a hint nearby: the `till_login` and `unlock` headers of the invented files, the "
      "`{PLAIN}` scheme marker in the Dovecot file, `IDENTIFY` for NickServ, `AUTH` in the RESP capture, the `[sudo] password for` "
      "prompt echoed after the pipe, `Using --password via the CLI is insecure` printed by `docker login`, and the espanso `:till` "
      "trigger. The MinIO `mc alias set` and minio-go values are secret keys rather than passwords but take the password position. The "
      "Base64 spans are the whole Base64 token, not the decoded password. Syntaxes whose flag or function name says pass / password / pw "
      "right before the value (`plink -pw`, `openssl -passout pass:`, `zf.setpassword`, `--password-stdin`, `passwd --stdin`) were not "
      "written. Closest relatives of earlier syntaxes, kept because the tool, command or mechanism differs: the RESP `AUTH` capture "
      "(p210 has Redis `HELLO 3 AUTH`), SMTP `AUTH PLAIN` (the earlier corpora have SMTP `AUTH LOGIN` and SASL PLAIN in XMPP / "
      "ManageSieve), `HTTPDigestAuth` (p209 has the requests auth tuple), `zip -P` (7z and rar flags), `php_ldap_bind` and "
      "`DirectoryEntry` (other LDAP binds), `python_imaplib` (PHP `imap_open`).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, "
      "Portuguese, Italian, Norwegian Bokmål, Russian, Afrikaans, Galician, Esperanto, Standard Malay, Japanese, Mandarin Chinese, "
      "Korean, Hindi; modest for Serbian, Bosnian, Hebrew, Bengali, Marathi, Nepali, Javanese, Cebuano, Luxembourgish, Tajik, Northern "
      "Uzbek, Hausa, Zulu, Xhosa, Scottish Gaelic, Halh Mongolian; low for Gujarati, Eastern Panjabi, Kannada, Malayalam, Sinhala, "
      "Khmer, Burmese, Yoruba, Breton, Kinyarwanda, Maori. Loan words (password, parol, পাসওয়ার্ড, पासवर्ड, PC) are kept as people use "
      "them. Russian uses an em dash before the value (spaces on both sides kept).")
    A("- Evasions: base 6, the factorial base and the base-36 big number are numeral systems (the last one encodes the whole value, not "
      "character by character); Balinese and Osmanya digits are digit blocks; Czech and Portuguese words are spelled forms; the affine "
      "cipher, the rail fence and the 8 × 9 Polybius grid are classical ciphers (the grid includes `_ . -`); mathematical monospace is "
      "a look-alike block that NFKC folds back; Unicode tag characters are invisible (the run looks like an empty line – the span still "
      "covers it); the odd / even split and the outside-in fold are positional tricks; Chinese financial numerals are a numeral "
      "notation; squares are arithmetic; hip measurements, alteration tickets, hire deposits, RFID EPC tails, veil lengths and "
      "costume return dates are this world's disguises of code points (the EPC one makes the run look like the EPC negatives). Novelty "
      "was checked by name against both READMEs and by notion against the encodings they name in prose; close relatives in the earlier "
      "corpora exist (base 13 next to base 6, Lao / Odia / Ol Chiki / N'Ko digits next to Balinese / Osmanya, Gronsfeld next to the "
      "affine cipher, Greek look-alikes next to monospace, soft hyphens and zero-width characters next to tag characters, products "
      "next to squares, rotation and triplet reversal next to the fold and split).")
    A("- Negatives: EPCs, TIDs, GTINs, EAN-8s, SSCCs, transfer and seal numbers, measurement ids, alteration tickets, hire references, "
      "docket and bag-tag numbers, URNs, PO and VAT numbers, style and colour codes are identifiers (the check-digit ones carry real "
      "check digits; the EPCs and TIDs are 24-hex strings that look like keys); receipts carry masked PANs and auth codes, and Stripe "
      "`evt_` / `pi_` / `ch_` / `req_` ids are object ids, not keys; Stripe `pk_live_`, the Algolia search-only key (32 hex, the same "
      "shape as the labelled admin key), the Supabase anon JWT, the Mapbox `pk.` token and the browser Maps key are public by design; "
      "`rfr_<…>`, `CHANGE_ME`, an all-X age identity, empty values, `${…:?…}`, `cop_xxxx…` and `<your-token-here>` are placeholders; "
      "`[REDACTED]`, `rfr_****` + 4 hex, `[MASKED]`, `***` carry no value; ExternalSecret refs, `op://`, `${{ secrets.… }}`, "
      "`doppler://` and ARNs are pointers; PBKDF2 and scrypt strings are one-way hashes (the column is called `password`, a trap); "
      "SOPS and Ansible Vault bodies are ciphertext; photo digests, commits and image digests are public digests. The `.env.example`, "
      "the masked CI log and the pointer file use the real key names of the everyday secrets – a trap for key-name-only detectors. "
      "Random fillers are generated, so an entropy-only detector will hit them – that is the point.")
    A("")
    # ------------------------------------------------------------------ sources
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief212/` (p209 and p210), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch212/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule "
      "file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and "
      "extracted with `git show` into `/tmp/scratch212/`), read for the rules behind every vendor type marked *read this session* above "
      "and for the age secret-key shape. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; "
      "the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    A("")
    return "\n".join(L)
