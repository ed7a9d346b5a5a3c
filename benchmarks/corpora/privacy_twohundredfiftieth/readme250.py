"""Renders README.md from the generated data and the check results."""
from collections import Counter

import enc250
import everyday250
import evasions250
import negatives250
import positional250
import prose250
import vendor250
from common250 import WORLD_WORDS


def _bt(s):
    return "`%s`" % s


def render(data, meta):
    sec = data["secrets"]
    eva = data["evasions"]
    neg = data["negatives"]
    by = Counter(r["source"] for r in sec)
    deny = meta["deny"]
    L = []
    a = L.append

    # ------------------------------------------------------------ title
    a("# privacy_twohundredfiftieth (p250) – held-out credential corpus")
    a("")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **printmakers, bookbinders and letterpress studios**: the developers and staff who build and run "
      "the software of four small firms that share a building in Bristol – *Quoin & Chase Letterpress* "
      "(`quoinchase.example`: a Vandercook proof press, a Heidelberg Windmill, wood type cut on a laser, a Django "
      "press-time and workshop booking site), *Kettlestitch Bindery* (`kettlestitch.example`: a programmable "
      "guillotine with a network program station, a WordPress site, a paper-stock database, EDI with the paper mill, "
      "a bindery API), *Stonecellar Print Studio* (`stonecellar.example`: etching and litho, a NAS of plate scans, an "
      "editions archive API, a Drupal collective site, a gallery window kiosk) and the Riso zine shop *Halftone Hare* "
      "(`halftonehare.example`: a Riso duplicator, a Nuxt shop, a Saturday market stall with a card reader). People: "
      "Maren Okafor (bindery), Teodor Lisk (press room), Ines Vaz (shop and stock), Sol Brandt (etching), Hamish Ure "
      "(ops) and Priya Raman (freelance developer). Secrets live where this trade puts them – a paper-store "
      "hygrometer's `arduino_secrets.h`, an ESP-IDF `sdkconfig`, the plate exposure unit's JSON, the guillotine's "
      "program-store XML, LightBurn prefs, a Windows `.reg` export of the stall POS, Android shared preferences, an "
      "xlsx `sharedStrings.xml`, an Erlang `sys.config`, an EDN file, a NixOS module, a Podman quadlet, zsh history, "
      "a Discord export, a whiteboard photo – and the trade's own services (Heidelberg, Zaikio, Boxcar Press, RISO "
      "Console, Horizon iCE LiNK, Glowforge, LightBurn, Epson Connect, Lulu, Gelato, Prodigi, Printful, Printify, "
      "Bookwhen, Eventbrite, Ticket Tailor, Acuity, Calendly, Checkfront, Big Cartel, Nielsen ISBN Store, Bowker, "
      "Folksy, Shippo, EasyPost, ShipStation, Adobe, Figma, Dropbox, Bannerbear, Webflow, TrueNAS, Loyverse) sit next "
      "to the commerce, messaging, AI, developer and ops services such developers use; the negatives come from the "
      "same world (ISBNs and ISSNs with real check digits, edition numbers, press serials, mill batches, legal-deposit "
      "receipts, market-stall receipts, publishable keys, placeholders, masked keys, vault pointers, password hashes, "
      "SOPS / age ciphertext, ssh / minisign / age public keys, file digests, order and trace ids, ink recipes, "
      "handbook prose, onion / IPFS / Nix look-alikes and genuine edition ledgers and kerning tables).")
    a("")
    # ------------------------------------------------------------ independence
    a("## Independence")
    a("")
    a("The builder never saw the detector and ran no detector or scanner on the data. Under `/work/main` only this "
      "output directory (`benchmarks/corpora/privacy_twohundredfiftieth/`) was created (with `mkdir -p`) and written; "
      "the only listing made there is an `ls -la` of this directory itself after the final build (it prints its own "
      "`.` and `..` entries, nothing of the parent's contents); otherwise only reads, edits and runs of its own files. "
      "Its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief250/` "
      "(`README_twohundredfortyfifth.md`, p245, chocolatiers; `README_twohundredfortyseventh.md`, p247, guesthouses): "
      "the directory was listed once with `ls -la` and the files sized with `wc -c`, then read with `cat`, `sed -n` "
      "line ranges (output sometimes trimmed with `cut`), `grep -n` for headings and `awk` for line lengths, and parsed by a trial copy of the deny-list "
      "extraction in the scratch directory and by the build's own `common250.extract_denylist`; they were used only "
      "to learn the file format and what is already covered. No other `/tmp` directory was looked at except the "
      "scratch directory `/tmp/scratch250/` (an extracted copy of the public gitleaks rule file, an extracted copy of "
      "the public Kingfisher rule directory, an encoder / decoder round-trip script and a trial deny-list extraction). "
      "The search tool's own notes (`/work/.library/search/README.md`) were read to use the tool; that is tooling, "
      "not project material.")
    a("")
    a("The deny-list (`common250.extract_denylist`) holds every backticked name and every snake_case identifier of "
      "both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a "
      "few non-language pairs, which only makes the list stricter) and the names and name words of those pairs (%d). "
      "It is frozen in `brief_names.json`; when `/tmp/brief250/` exists the build re-extracts it and fails if it "
      "differs (this build: %s). Ideas the two READMEs name only in prose – their avoided and set-aside lists of "
      "encodings, syntaxes, vendors and languages, and the languages they use for number words – were avoided by "
      "hand as well (listed under the sections below). Novelty is checked against these two READMEs only; older "
      "corpora may share vendors, syntaxes, languages or notations."
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         meta["deny_status"]))
    a("")

    # ------------------------------------------------------------ files
    a("## Files and counts")
    a("")
    a("Everything is produced by `build.py` and its modules (`common250.py`, `everyday250.py`, `vendor250.py`, "
      "`positional250.py`, `prose250.py`, `enc250.py`, `dec250.py`, `evasions250.py`, `negatives250.py`, "
      "`checks250.py`, `readme250.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor values, %d vendor styles, %d positional, "
      "%d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything "
      "twice in one process, compares the bytes of the three JSONL files and of this README, runs every check and %d "
      "mutation tests, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief250/`."
      % (everyday250.SEED_VALUES, everyday250.SEED_PAIRING, vendor250.SEED_VALUES, vendor250.SEED_STYLES,
         positional250.SEED, prose250.SEED, evasions250.SEED, negatives250.SEED, len(meta["mutations"])))
    a("")

    pos_types = len({r["type"] for r in sec})
    pos_kinds = len({r["container"] for r in sec})
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), sum(len(r["secrets"]) for r in sec), pos_types, pos_kinds, by["everyday"], by["vendor"],
         by["password"], by["prose"], by["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}),
        len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}),
                                                              len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |" % (len(deny["names"]), len(deny["syntaxes"]),
                                                       len(deny["language_codes"]), len(deny["language_names"])))
    a("")
    a("Schema (as in the earlier corpora): positives `id` (`p250-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p250-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), "
      "a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); the single span also has `plain` (the clean "
      "secret) and `encoding`. Negatives (`p250-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). "
      "Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    a("")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 "
      "(written down and set aside to reach 120: `pdfshift_api_key`, `bigcommerce_store_api_token`, "
      "`rollbar_project_access_token`, `jina_ai_api_key`, `storyblok_preview_token`, `vultr_api_key`, "
      "`blynk_device_auth_token`, `wetransfer_api_key`, `sendle_api_key`, `royal_mail_click_drop_api_key`, "
      "`artsy_partner_client_secret`, `healthchecks_io_api_key`, `thingspeak_write_api_key`, "
      "`reddit_script_app_client_secret`, `leonardo_ai_api_key`, `kit_convertkit_api_secret`, "
      "`freeagent_oauth_client_secret` – mostly because the shape would only be a guess, or the key is semi-public). "
      "Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages "
      "(spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = 20 classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, generated "
      "vendor neighbours, evasion plains and runs): %d."
      % (by["password"], ", ".join("%s %d" % (k, v) for k, v in Counter(x[1] for x in positional250.P).most_common()),
         ", ".join("`%s` (%s)" % s for s in prose250.SPARES), len(neg), len(sec), meta["registry_size"]))
    a("")

    # ------------------------------------------------------------ conventions
    a("## Conventions")
    a("")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes, the key or the flag. Values pasted where they do not belong (a Discord "
      "export, a Signal note to self, a Teams copy, a Linear comment, a forwarded e-mail, a Google Sheets paste, an "
      "xlsx shared-strings part, a whiteboard photo, zsh history, a crontab, a Makefile, a Drone pipeline, a Bitwarden "
      "export, a Signal group, a hand-over e-mail) are labelled. The Microsoft Teams and Google Chat webhook URLs are "
      "labelled whole because the URL is the secret.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with "
      "probability 0.4) + one of `- _ . + ! ~ *` + 3–5 lower-case letters / digits + 2 digits (positional, prose and "
      "evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~*][a-z0-9]{3,5}[0-9]{2}$` for "
      "the six everyday password types and the 8 owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value, every prose value and every "
      "office-PC evasion plain. A container whose syntax cannot hold a character (quotes in quoted strings, `&<>` in "
      "XML, `$` in Make, Nix, HOCON and shell double quotes, `%%` in systemd and crontab, `!%%^&|<>` in batch files, "
      "`#` in YAML plain scalars and Makefiles, tab in TSV) gets a value redrawn without it, so every file stays valid."
      % (", ".join(WORLD_WORDS[:40]), len(WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and "
      "in no negative; no evasion plain appears in any text. Values, random vendor neighbours, evasion plains and "
      "runs are drawn through one registry that refuses repeats and any string in a substring relation (6+ "
      "characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ "
      "characters, a world word + joiner + tail (the password form), a JWT-shaped string, a UUID-shaped string that "
      "is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `ppo1-` keys carry the real Verhoeff check digit of their 11-digit account "
      "number (tables asserted on the textbook 236 → 3), `pst_` tokens end in six base62 digits of the real CRC-32 "
      "of their body (CRC-32 asserted on `123456789` → CBF43926), Django keys use Django's own 50-character "
      "alphabet, Drupal `hash_salt` values are unpadded base64url of exactly 55 bytes, TOTP seeds Base32 of exactly "
      "20 bytes, archive tokens real HS512 JWTs (all checked). Every UUID-shaped substring of every text is version 4 "
      "and every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked); negatives contain no JWT-shaped string at all. Vendor frames: "
      "Printify and Zettle tokens are RS256 JWTs, the Calendly token an ES256 JWT with `kid` and `typ: PAT`, the "
      "Turso token an EdDSA JWT (all with real JSON and a random signature of the right length), the monday.com token "
      "a real HS256 JWT, the Grafana Cloud `glc_` token Base64 of real JSON `{o, n, k, m}`, the Mapbox `sk.` token "
      "base64url of real JSON `{u, a}`, the Bitwarden Secrets Manager token ends in Base64 of exactly 16 bytes; all "
      "120 vendor values are checked against a regular expression built from the same spec that generated them plus "
      "the frame validator. Negatives: ISBN-13, ISBN-10 and ISSN check digits are real (asserted on 978-0-306-40615-7, "
      "0-306-40615-2 and 0317-8471), ssh-ed25519 keys have the real wire format and SHA256 fingerprint, age "
      "recipients a real Bech32 checksum, Tor v3 onion addresses the real SHA3-256 checksum and version byte, IPFS "
      "CIDs a real multihash of random bytes, ppo1- order references a real Verhoeff digit, file digests and commit "
      "ids are real digests of random bytes; password hashes, SOPS, age and SealedSecret bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.quoinchase.example`, `*.kettlestitch.example`, "
      "`*.stonecellar.example`, `*.halftonehare.example`, `*.millpaper.example`, private addresses), key names and the "
      "ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (t, " ".join(nb[0])) for t, _, _, _, nb, _ in vendor250.V if nb))
    a("- Everyday key names are the type's key words in the container's own case style (upper, snake, camel, pascal, "
      "dot, kebab, spaced for chats, notes, comments and e-mails, title for the sheet header, the xlsx strings and "
      "the whiteboard). Vendor key names are the full type name in the style's case.")
    a("")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)")
    a("")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(n), d) for n, _, _, d in everyday250.TYPES) + ".")
    a("")
    a("Container kinds (45, key style in brackets): " + ", ".join(
        "%s (%s)" % (_bt(k), everyday250.KIND_BY_NAME[k][1]) for k in everyday250.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the "
      "12 types and deals four consecutive types to each kind, so every kind holds four different types and every "
      "type sits in exactly 15 records (checked); secrets therefore also land in implausible places (a JWT in an "
      "Arduino header, a TOTP seed on a whiteboard)." % everyday250.SEED_PAIRING)
    a("")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* "
      "in the public gitleaks rule file or the public Kingfisher rule files, *believed* from memory, *guessed* where "
      "no published shape is known, so that the type is recognisable only from the key name; *owner-chosen* for "
      "portal passwords):")
    a("")
    groups = []
    for t, g, spec, prov, nb, _ in vendor250.V:
        if g not in groups:
            groups.append(g)
    for g in groups:
        items = [x for x in vendor250.V if x[1] == g]
        a("*%s* (%d): " % (g, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (_bt(t), vendor250.spec_words(spec), vendor250.PROV_WORDS[prov],
                                (" – next to it: " + " ".join(nb[0])) if nb else "")
            for t, _, spec, prov, nb, _ in items) + ".")
        a("")
    sc = Counter(meta["styles"].values())
    a("Styles: " + "; ".join("%s (%s, %s, %d)" % (_bt(s), vendor250.STYLE_INFO[s][0], vendor250.STYLE_INFO[s][2], sc[s])
                             for s in vendor250.STYLE_NAMES) +
      ". Every vendor lists the styles typical of where its key lives (server-side keys: env files, notebooks, CI "
      "secrets, Terraform, INI profiles, properties, PowerShell, batch, launch configs, HTTP-client envs, docker run, "
      "supervisord, Ruby initializers; mobile / desktop keys also xcconfig and gradle.properties; owner-chosen portal "
      "passwords: a Bitwarden export, a Signal group, a hand-over e-mail); the least-used fitting style is taken, ties "
      "broken by a seeded shuffle (seed %d), and a style whose syntax cannot hold a character of the value's "
      "alphabet is skipped. When a type has a neighbour it is written in the same style on the line before and left "
      "unlabelled; the Bitwarden export puts the type's title-case words in `name`, the neighbour (or `api`) in "
      "`username` and the secret in `password`." % vendor250.SEED_STYLES)
    a("")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): "
      % (len(positional250.P), positional250.TYPE_PREFIX,
         ", ".join("%s %s" % (k, _bt(v)) for k, v in positional250.WHERE.items())) +
      "; ".join("%s (%s, %s)" % (_bt(positional250.TYPE_PREFIX + n), w, s) for n, w, s, _ in positional250.P) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` "
      "prefix; checked). Avoided by hand because an earlier README names the tool or mechanism (in a list or in "
      "prose): curl `-u` pairs, `%` pairs (rpcclient, smbclient, mount.cifs), mongo URIs, psql / pgx URLs, SASL PLAIN "
      "exchanges, ftp heredocs, the Python / PHP / Go LDAP binds, FluentFTP, MySQLdb, Slick, MATLAB, Db2 and Informix "
      "`USING`, Puppeteer / Playwright / Cypress typing, `podman` / `docker login`, `unrar` (next to 7z / rar glued "
      "`-p`), `htpasswd -b` (next to `mosquitto_passwd -b`), Wi-Fi passphrases. Written down and set aside: "
      "`dar_capital_k_cipher_prefix`, `arj_glued_lower_g_garble`, `steghide_embed_lower_p_flag`, `unar_lower_p_flag` "
      "(weak or too close to the kept `-p` / `-k` flags), `dell_racadm_lower_p_after_lower_u` and "
      "`psexec_lower_p_after_lower_u` (one more -u/-p pair each), `java_secretkeyspec_getbytes_first`, "
      "`php_mysqli_change_user_second`, `perl_net_ssh_perl_login_second`, `ruby_openssl_pkey_rsa_new_second` "
      "(close to kept forms), `hostapd_wpa_psk_second_field` (a Wi-Fi passphrase), `sqlcipher_pragma_key` (the "
      "keyword says key), `cups_printers_conf_device_uri` (same mechanism as the kept lpadmin URI).")
    a("")
    a("Prose: someone tells a colleague the password of the shared Mac in the print room and asks them to keep it "
      "to themselves; span type %s; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. "
      "Spares written down and unused: %s. None of them or the spares is among the languages of either README "
      "(checked: code against the codes and all deny-listed names; name and each name word against the language "
      "names). Avoided by hand as well (checked against a hand list): the number-word and evasion languages the "
      "READMEs name only in prose (Finnish, Italian, Turkish, French, Dutch, German, Spanish, Basque, Hebrew, Greek, "
      "Latin, Lithuanian, Icelandic, Estonian, Swahili, Maori, Esperanto, Japanese, Danish, Indonesian, Hungarian, "
      "Swedish), their set-aside and spare languages (Catalan, Friulian, Shona, Corsican, Wolof), Chinese (the "
      "Chinese and Suzhou numerals) and Malay (too close to Indonesian). Scripts: %s. Pashto is right-to-left with "
      "the Latin value embedded; Burmese, Khmer and Lao write without spaces between words and set the value off with "
      "spaces; Tajik, Marathi, Gujarati, Hindi, Malayalam, Pashto, Kurmanji, Burmese and Korean put a copula or ending after the value (after a "
      "space); every value is set off by whitespace on both sides (checked)."
      % (_bt(prose250.PTYPE), ", ".join(_bt(f) for f in prose250.FORMATS),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n, _, _ in prose250.LANGS),
         ", ".join("%s (%s)" % (_bt(c), n) for c, n in prose250.SPARES),
         ", ".join(sorted({s for _, _, s, _ in prose250.LANGS}))))
    a("")

    # ------------------------------------------------------------ encodings
    a("## Evasion encodings")
    a("")
    a("; ".join("%s = \"%s\"" % (_bt(e), enc250.rule_text(e)) for e in enc250.ENCODINGS) + ".")
    a("")
    a("Families: " + "; ".join("%s: %s" % (enc250.FAMILIES[e], _bt(e)) for e in enc250.ENCODINGS) + ".")
    a("")
    a("Evasion types: " + "; ".join("%s (%s)" % (_bt(t), d) for t, _, d in evasions250.ETYPES) +
      "; wordings: " + ", ".join(_bt(w) for w in evasions250.WORDING_NAMES) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding "
      "appears once per type and once per wording). Each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would "
      "appear inside its own run, if the run equals the plain, has outer whitespace or a newline, or if the registry "
      "refuses plain or run.")
    a("")
    a("Encoders are in `enc250.enc` (the rng only adds noise the decoder ignores: the print numbers of the edition "
      "ledger and the letter pairs of the kerning table). The encoder asserts every EBCDIC byte against Python's "
      "`cp037` codec and every Zapf Dingbats glyph and food emoji with `unicodedata.name`; the Zapf Dingbats layout "
      "was checked against the public Mac OS Dingbats mapping table (read this session). The decoder `dec250.decode` "
      "gets only the encoding name and the run, imports nothing from the encoder or `common250` and no `base64`, "
      "`binascii`, `codecs` or `unicodedata`, and retypes every table: EBCDIC ranges, a Hamming syndrome check, an "
      "8E1 frame and parity check, run expansion with an eight-bit check, bit mirroring, exact 1/256 arithmetic, the "
      "emoji offset, quire arithmetic, an ISBN-10 reader that rejects a wrong check digit, a discrete-log table of 3 "
      "modulo 257, its own Machin computation of pi with a first-occurrence check, look-and-say parsing, a Brainfuck "
      "interpreter with a step limit, the Zapf exceptions, the glyph-order offset, ledger subtraction, an overlong "
      "UTF-8 reader, a leaf check (verso = recto + 1, even), the kerning reader, UTF-16 byte splitting, binomial sums "
      "with an order check and its own Ulam spiral table. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is "
      "decoded back to its `plain` (checked).")
    a("")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and "
      "every item of their avoided lists – among them the bases 3, 5, 6, 7, 9, 11, 12, 20, 36, 60, octal, dozenal, "
      "negabinary, BCD, Gray, Zeckendorf, factoradic, all the Base32 / Base58 / Base62 / Base85 / basE91 / Base45 / "
      "uuencode / quoted-printable / escape notations, UTF-7, UTF-16LE Base64, xxd, Intel HEX, Morse, Braille, "
      "clock times, Roman, Mayan, Tamil, Suzhou and other historic or native numerals, every "
      "number-word and letter-name language, NATO and the world spelling alphabets, Deseret, Osage, Gothic, Tifinagh, "
      "Runic, Ogham, Cherokee, Coptic, Glagolitic, the look-alike letter blocks, Zalgo, zero-width and tag characters, "
      "keycaps, regional indicators, U+ notation, Unicode names, HTML entities, SQL / spreadsheet CHAR(), JavaScript "
      "concatenation, the classical and keyword ciphers, Hill, book ciphers, reorderings, chaff, letter spacing, "
      "capitalisation and word-length steganography, powers of two, n-th primes, triangular numbers, squares, times "
      "seven, Cantor, Morton, residues, delta coding, continued fractions, Elias gamma, 4B5B, seven-segment, POSTNET, "
      "soroban, quipu, DNA, dice, cards, chess, hexagrams, colours, RF references and Luhn quads, and every world "
      "disguise of code points the READMEs use. Close relatives remain and a scorer may count them as the same idea: "
      "the ISBN-10 packing next to the earlier RF references and Luhn quads (check-digit disguises); the quire counts "
      "(base 24) next to the earlier numeral bases; the edition ledger, the page pairs and the kerning table next to "
      "the earlier world disguises of code points; powers of three modulo 257, the combinatorial number system and "
      "the Ulam spiral next to the earlier arithmetic disguises; the emoji offset and the Zapf Dingbats font next to "
      "the earlier script substitutions; the Brainfuck program next to the earlier code expressions; Hamming code "
      "words, 8E1 frames, bit run lengths and mirrored bytes next to the earlier bit disguises (4B5B, Elias gamma, "
      "knit / purl); EBCDIC and the overlong UTF-8 pairs next to the earlier hex dumps. The pi positions, "
      "look-and-say, the 1/256 fractions, the glyph order and the UTF-16 mojibake have no close relative in either "
      "README.")
    a("")

    # ------------------------------------------------------------ negatives
    a("## Negative classes")
    a("")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cc = Counter(r["class"] for r in neg)
    for c, desc, bases in negatives250.CLASSES:
        a("| %s | %d | %s | %s |" % (_bt(c), cc[c], ", ".join(_bt(b) for b, _, _ in bases), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(_bt(w) for w in negatives250.WRAPPER_NAMES if w) +
      " (container `<base kind><wrapper>`); the wrappers add chat, helpdesk, newsletter and forum context whose "
      "words say the content is safe.")
    a("")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing")
    a("")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief250/` exists it is re-extracted and must be "
      "identical (%s). Every container kind (positives, evasions and negatives), span type, encoding, negative "
      "class, negative base kind and wrapper, vendor style, positional suffix, prose format and type, evasion type "
      "and wording is compared case-insensitively, as a whole and by every `__` part, against the names; every "
      "positional syntax with `%s` stripped against the earlier syntaxes and names; every prose language code (and "
      "spare) against the codes and names, its name and name words against the language names and the hand list."
      % (meta["deny_status"], positional250.TYPE_PREFIX))
    a("- Ids `p250-s-NNNN`, `p250-e-NNNN`, `p250-n-NNNN`, consecutive; exact record and span field sets (in "
      "order); exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the "
      "value occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` "
      "equal to the record's `encoding`; no placeholder left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with "
      "containers `<type>__<style>`, positional 100–120 distinct syntaxes (one record each), prose 40 in 40 "
      "languages, positives 440–470, evasions 66 = 22 encodings × 3 types with each wording once per encoding, "
      "negatives ≥ 200 in ≥ 20 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Verhoeff digit, CRC-32 tail, Django alphabet and length, "
      "Drupal byte count, HS512 JWT frame, TOTP Base32 byte count); vendor values against the regex built from each "
      "spec plus frame validators (JWT alg and signature length, Base64 JSON keys, Base64 byte counts); positional "
      "values in strict password form; prose values strict and set off by whitespace; evasion plains by type; "
      "evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec250.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any "
      "text; no negative contains a world-word password form or a JWT-shaped string; every UUID-shaped substring of "
      "every text is version 4; every JWT-shaped substring of every text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must "
      "be byte-identical.")
    caught = sum(1 for _, ok in meta["mutations"] if ok)
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d."
      % (len(meta["mutations"]), caught, len(meta["mutations"]),
         ", ".join("%s (%s)" % (_bt(n), "caught" if ok else "MISSED") for n, ok in meta["mutations"]),
         meta["clean_errors"]))
    a("")

    # ------------------------------------------------------------ guesses
    a("## Shapes you had to guess")
    a("")
    for prov, head in (("read_gitleaks", "*Read this session* for shape in the public gitleaks default rule file "
                                         "(`gitleaks/gitleaks`, `config/gitleaks.toml`); where the rule gives only a "
                                         "prefix, a case-insensitive class or a length range, the exact length and case "
                                         "are mine"),
                       ("read_kingfisher", "*Read this session* for shape in the public Kingfisher rule files "
                                           "(`mongodb/kingfisher`, `data/rules/*.yml`); the same caveat on length and "
                                           "case; for Calendly only the part lengths were read, the ES256 header with "
                                           "`kid` and `typ: PAT` is from memory"),
                       ("believed", "*Believed right from memory of public rule sets and vendor docs (not re-read this "
                                    "session)*"),
                       ("guessed", "*Guessed (length and alphabet only; most print-trade vendors publish no token format "
                                   "the builder knows, so these are recognisable from the key name only)*"),
                       ("owner", "*Owner-chosen passwords (a trade portal, device or shop login the studio picked)*")):
        items = [x for x in vendor250.V if x[3] == prov]
        a("%s (%d): " % (head, len(items)) + "; ".join(
            "%s (%s)" % (_bt(t), vendor250.spec_words(spec)) for t, _, spec, _, _, _ in items) + ".")
        a("")
    a("Also invented or guessed: the everyday layouts `ppo1-` (Verhoeff) and `pst_` (CRC-32 in base62) and the "
      "evasion prefixes `gcu_` / `pbk-` are invented; the Django `SECRET_KEY`, the Drupal `hash_salt`, the HS512 JWT "
      "and the TOTP seed are real formats used for invented purposes. The press rota (JSON rows), the guillotine "
      "operators file (s-expression) and the paper-store door list (caret separated) are invented formats of this "
      "world. Syntaxes written from memory, not re-checked against manuals (notably `podofoencrypt --aesv3 -o`, "
      "`veracrypt --text -p`, `bw unlock` / `bw login` positionals, `tpm2_changeauth -c owner`, `pk12util -W`, "
      "`winrs -p:`, `ncat --proxy-auth`, `ldappasswd -s`, the CUPS `smb://user:pass@workgroup/server/printer` URI, "
      "`kinit` reading stdin, `gocryptfs` and `zfs load-key` reading stdin, `mount.davfs` reading user and password "
      "from stdin, the `rarfile.extractall` and `ZipFile.open` positional orders, `redis.Redis` fourth positional, "
      "`UsmUserData`, `PG.connect` seventh positional, `Net::SMTP.start` fifth, `Net::POP3.start` fourth, "
      "`RestClient::Resource.new`, `Zip::TraditionalEncrypter`, `ZipArchive::setEncryptionName`, "
      "`openssl_pkcs12_read`, `LWP credentials`, `ftp:user/3`, Tcl `::ftp::Open`, "
      "`My.Computer.Network.DownloadFile`, the SikuliX, AutoIt, Robot Framework, Espresso and XCUITest forms, the "
      "sendmail `authinfo` and OpenSMTPD secrets layouts, `sp_addlogin`, `sp_change_users_login`, "
      "`SYSCS_CREATE_USER`, `DBMS_SCHEDULER.CREATE_CREDENTIAL`, the `apex_web_service.make_rest_request` argument "
      "order, `AT+QICSGP` field order and the QuakeNet Q `AUTH` form). Negatives: edition, plate, asset, mill-batch, "
      "FSC, legal-deposit, shelfmark, OCLC and LCCN layouts are approximate; the hash, SOPS, age and SealedSecret "
      "bodies are random in frame.")
    a("")

    # ------------------------------------------------------------ judgement
    a("## Judgement calls")
    a("")
    a("- Everyday: six owner-chosen passwords (booking admin, guillotine station, Riso admin, stock database, scan "
      "NAS, shop admin) and six generated secrets (`ppo1-` Verhoeff key, `pst_` CRC-32 token, Django `SECRET_KEY`, "
      "Drupal `hash_salt`, HS512 JWT, TOTP seed). The Drupal salt and the TOTP seed have no prefix, so only the key "
      "name tells them from noise (and a TOTP seed is a second factor, not a password – labelled because it lets "
      "anyone mint the codes). The Django key may contain `! @ # $ % ^ & * ( - _ = + )`, which is how Django's "
      "generator makes them; containers that cannot hold a character get a redrawn value instead of an escape. Key "
      "names in everyday files say password / key / token / jwt / salt / seed – that is how such files look; the "
      "telling-key-free cases are in the positional source.")
    a("- Vendor: most print-trade vendors publish no token format the builder knows, so their types are recognisable "
      "only from the key name (part of the test); 8 vendor types carry owner-chosen passwords. Same-shape traps: the "
      "PostHog `phx_` personal key (secret) against the PostHog `phc_` project key (public, in the negatives); Stripe "
      "`rk_live_51` (secret) against `pk_live_51` (public); the Mapbox `sk.` token against the `pk.` token; the Google "
      "Chat webhook's `AIzaSy…` key against the Firebase web `apiKey` in the negatives (public, same shape); hex "
      "secrets (Acuity, Mailjet, Facebook, Flickr, Vimeo, ShipStation, Tuya, Particle, W&B, Deepgram, AssemblyAI, "
      "Strapi, Webflow, Loyverse) against digests, commit ids, trace ids and the Algolia search-only key; bare UUIDv4 "
      "secrets (Prodigi, Ko-fi, Buttondown, Railway, Codecov, Snyk, Scaleway) against UUIDv4 order, request and label "
      "ids. Ids next to a secret stay unlabelled as the public half of a pair (arguable for the PayPal client id, the "
      "WooCommerce `ck_` key, the Razorpay key id, the Modal `ak-` token id and the Tumblr consumer key, which look "
      "like secrets and which some detectors flag on their own). The LightBurn licence key, the Bluesky app password "
      "and the Nextcloud app password are grouped letters, not random tokens – labelled because each unlocks an "
      "account or a paid licence.")
    a("- Passwords: labelled when the value logs in (flags `/p:`, `-p:`, `-P`, `-w`, `-p`, glued `-p`, `-c` "
      "community, `--proxy-auth`; URL userinfo in git, wget, WinSCP, CUPS, NATS, ffmpeg, pip and git-credentials; "
      "positionals of `mc alias set`, `bw`, `isql`; library call positions in Python, Node, Java, Kotlin, Groovy, C#, "
      "Go, Rust, Ruby, PHP, Perl, Erlang, Tcl and VB.NET), unlocks or encrypts (rarfile, zipfile, PyMuPDF, "
      "VeraCrypt, cryptsetup, ZFS, gocryptfs, KeePassXC, podofoencrypt, openssl `-k`, rubyzip, ZipArchive, PKCS#12 "
      "and PEM passphrases, `signtool /p`, `pk12util -W`, TPM owner auth), signs with a literal (itsdangerous, "
      "cookie-parser), is stored for later use (`ssh-keygen -N`, `ldappasswd -s`, `sp_addlogin`, pgcrypto `crypt`, "
      "Derby `SYSCS_CREATE_USER`, `DBMS_SCHEDULER.CREATE_CREDENTIAL`, pyftpdlib `add_user`), sits in a file by "
      "position (OpenVPN auth file, chap-secrets, sendmail authinfo, OpenSMTPD secrets, vsftpd virtual users, "
      "proxychains, three invented studio files), travels in a protocol exchange (IMAP `LOGIN`, QuakeNet Q `AUTH`, "
      "IRC channel key, `AT+QICSGP`, PostScript `exitserver`) or is typed by automation (neutral field ids `f1` / "
      "`f2`). Weakest kept cases, with a hint nearby: the chap-secrets header (`secret` column), the `-W` / `-N` / "
      "`-s` / `-k` / `-c` flags that mean password in their tool, `ldappasswd` (tool name says passwd), "
      "`secureTextFields` in XCUITest, the IRC channel key and the SNMP community (shared secrets rather than "
      "personal passwords), the itsdangerous / cookie-parser literals (signing keys typed like passwords), pgcrypto "
      "`crypt` (the value is about to be hashed), the Redis `AUTH` keyword in the netcat pipe and the "
      "`Buffer.from('user:secret')` Basic-auth builder. Syntaxes whose flag, keyword or function says pass / passwd "
      "/ password / pwd / pw / passphrase right before the value were not written.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for Russian, Norwegian Bokmål, Galician, Serbian, Bosnian, Hindi, Korean, Haitian Creole, Papiamento, Western "
      "Frisian, Luxembourgish, Uzbek; modest for Irish, Scottish Gaelic, Asturian, Faroese, Marathi, Gujarati, Tajik, "
      "Mongolian, Cebuano, Zulu, Malagasy, Kurmanji, Hausa, Turkmen; low for Breton, Upper Sorbian, Tatar, Bashkir, "
      "Burmese, Khmer, Lao, Sinhala, Malayalam, Kannada, Pashto, Yoruba (tone marks unchecked), Xhosa, Kinyarwanda. "
      "Loan words (password in Cebuano, Papiamento and the Indic languages; Mac everywhere) are kept as people use "
      "them. `uzn` is Northern Uzbek (named Uzbek), `khk` Halh Mongolian (named Mongolian), `pbt` Southern Pashto "
      "(named Pashto), `kmr` Northern Kurdish (named Kurmanji Kurdish), `plt` Plateau Malagasy (named Malagasy).")
    a("- Evasions: the emoji, Zapf Dingbats and UTF-16 mojibake runs look like decoration or CJK text, not like a "
      "secret; the ISBN-10 numbers pass an ISBN validator; the edition ledger, page pairs, quire counts and kerning "
      "table look like ordinary paperwork of this world and sit next to genuine ledgers and kerning dumps in the "
      "negatives (`genuine_ledgers_and_kerning_tables`); the Brainfuck program is valid code; the mirrored and "
      "EBCDIC hex runs and the overlong UTF-8 pairs look like hex dumps, which a detector may flag as encoded data "
      "(arguably right).")
    a("- Negatives: ISBNs, ISSNs, edition and plate numbers, serials, SKUs, mill batches, FSC codes, shelfmarks, "
      "OCLC numbers and LCCNs are identifiers (check digits real where the scheme has one); masked PANs, auth codes "
      "and terminal ids are printed on every receipt; Stripe `pk_live_51`, the Mapbox `pk.` token, the PostHog `phc_` "
      "key, the reCAPTCHA site key, the Algolia search-only key, the Firebase web `apiKey`, the PayPal client id and "
      "the Sentry DSN are public by design (the Firebase `AIza` key, the Algolia key and the PayPal id are the most "
      "arguable negatives – each has the shape of a secret elsewhere in the corpus); the AWS documentation pair, "
      "`<your-shippo-token>`, `SG.xxxxxxxx…` and the `.env.example` with this corpus's key names and empty / "
      "`changeme` / `${VAR:?}` / `<from-vault>` / `ppo1-0000-…` values are placeholders (a trap for key-name-only "
      "detectors); masked values keep at most four characters; `_FILE`, `${VAR}`, `${{ secrets.X }}`, `op://`, "
      "`vault:`, GCP secret paths, ARNs and a Bitwarden item id are pointers; password hashes sit in a column called "
      "password (a trap); SOPS, age and SealedSecret values are ciphertext; ssh, minisign, age and OpenPGP material is "
      "public; onion addresses, IPFS CIDs and Nix hashes are public names that look like the Base32 TOTP seed and "
      "other random tokens; ppo1- order references share the first half of the everyday `ppo1-` key (same Verhoeff "
      "digit) but carry no key part. Random fillers are generated, so an entropy-only detector will hit them – that "
      "is the point.")
    a("")

    # ------------------------------------------------------------ sources
    a("## Sources consulted")
    a("")
    a("- The two READMEs in `/tmp/brief250/` (p245 and p247), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch250/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch250/`), read for the "
      "rules behind every vendor type marked *read this session (gitleaks)*; the public Kingfisher rule files "
      "(`mongodb/kingfisher`, `data/rules/`, fetched the same way and extracted with `git archive`), read for the "
      "types marked *read this session (Kingfisher)* (Eventbrite, Ticket Tailor, Calendly lengths, Figma, Bannerbear, "
      "Webflow, TrueNAS, Loyverse, PayPal, Gumroad, Snipcart, SparkPost, MailerLite, xAI, ElevenLabs, AssemblyAI, "
      "Deepgram, W&B, PostHog, Docker Hub, Terraform Cloud, ClickUp, Todoist, Typeform, monday.com, Scaleway, ngrok, "
      "Particle, Pushbullet); the Mac OS Dingbats to Unicode mapping table as carried in a public repository "
      "(`NSGod/ResForge`, `Plugins/Sources/CoreFont/adobe/macDingbatsEncoding.swift`, opened with the search tool's "
      "`read_file` after a `search` of the code corpus; the search also showed a public fontTools / PDF-library "
      "excerpt that was not used), to confirm the Zapf Dingbats layout of the evasion. CredSweeper, Betterleaks and "
      "vendor documentation were not opened this session; the remaining shapes come from the builder's memory and "
      "are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, the "
      "`cp037` codec and `unicodedata` in the encoder's self-checks only) computes the digests, HMACs and encodings "
      "of generated values; Verhoeff, CRC-32, ISBN / ISSN / EAN checks, Bech32, the onion checksum layout, pi, the "
      "Ulam spiral, the combinatorial number system and all decoders are written by hand.")
    a("")
    return "\n".join(L)
