"""Renders README.md from the generated data and the module tables (deterministic)."""
import collections

import common254 as C
import enc254
import everyday254 as E
import evasions254 as EV
import negatives254 as NG
import positional254 as P
import prose254 as PR
import vendor254 as VD
import world254 as W


def bt(s):
    return '`%s`' % s


def render(data, info):
    sec, eva, neg = data['secrets'], data['evasions'], data['negatives']
    by = collections.defaultdict(list)
    for r in sec:
        by[r['source']].append(r)
    L = []
    a = L.append

    # ------------------------------------------------------------ title and world
    a('# privacy_twohundredfiftyfourth (p254) – held-out credential corpus\n')
    a('Synthetic, independently built evaluation data for a credential / secret detector ("privacy filter"), focused on **knife sharpeners, cutlers and '
      'kitchen-equipment repair shops** and the developers and staff who build and run their software. The world: *%s* (`%s`: %s); *%s* (`%s`: %s); '
      '*%s* (`%s`: %s); and their software house *%s* (`%s`: %s). People: %s. Private hosts sit in 10.84.0.0/16, 172.21.84.0/24 and 192.168.84.0/24. '
      'Secrets sit where such people put them: device and firmware files (an Arduino `arduino_secrets.h` on the kiln controller, Tasmota Berry `persist` on the '
      'locker relays, Zephyr `prj.conf` of the locker firmware, an OpenWrt UCI file on the combi-oven gateway, Telegraf on the workshop Pi, a CODESYS global '
      'variable list on the grinder PLC), app files (Xcode `.xcconfig`, `gradle.properties`, Capacitor, Nuxt `runtimeConfig`, a Go const block, Kotlin '
      '`buildConfigField`, a Jupyter notebook), back offices (Django, WordPress, `dotnet user-secrets`, Quarkus, Odoo, Magento, php-fpm, nginx '
      '`fastcgi_param`), ops (Terraform, Helm, Pulumi, GitLab CI, Travis, Packer, supervisord, pm2, zsh history, direnv, `setx`, an Ansible INI inventory, '
      'Salt pillar, Hiera) and the messy places (Teams, an SMS screenshot, Jira, Outlook, a job-sheet PDF, a GitHub issue, Confluence, Apple Notes, '
      'Obsidian, Insomnia); the vendors are the trade\'s own (combi-oven, dishwasher and fryer clouds, field-service software, catering-spares portals, '
      'Gas Safe, REFCOM, CESA, the Sheffield Assay Office, CATRA, locker and smart-lock services, tills, marketplaces, shipping, van telematics, booking '
      'tools) plus the commerce, messaging, AI, developer and ops services such developers use; the negatives come from the same world (van VINs, supplier '
      'VAT and EORI numbers, container numbers of knife imports, engineer phone IMEIs and ICCIDs, RF creditor references, firmware digests, argon2 and '
      'Django pbkdf2 rows, P-384 public keys, publishable keys, placeholders, masked values, secret-manager pointers, SOPS and Fernet ciphertexts, '
      'documentation examples, handbook prose, failed-check fixtures and public look-alikes of this corpus\'s own token shapes, job references, '
      'steel specifications, and genuine twins of five evasion disguises).\n' % (
          W.FIRMS['keenedge']['name'], W.FIRMS['keenedge']['domain'], W.FIRMS['keenedge']['what'],
          W.FIRMS['hallamshire']['name'], W.FIRMS['hallamshire']['domain'], W.FIRMS['hallamshire']['what'],
          W.FIRMS['brightwater']['name'], W.FIRMS['brightwater']['domain'], W.FIRMS['brightwater']['what'],
          W.FIRMS['forgeline']['name'], W.FIRMS['forgeline']['domain'], W.FIRMS['forgeline']['what'],
          ', '.join('%s %s' % (p[0], p[1]) for p in W.PEOPLE)))
    a('Everything is produced by `build.py` and its modules (`common254.py`, `world254.py`, `everyday254.py`, `vendor254.py`, `positional254.py`, '
      '`prose254.py`, `enc254.py`, `dec254.py`, `evasions254.py`, `negatives254.py`, `checks254.py`, `readme254.py`, frozen deny-list `brief_names.json`): '
      'Python 3 standard library only, fixed `random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor values, %d vendor styles, %d positional, '
      '%d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes of '
      'the three JSONL files and of this README, runs every check and %d mutation tests, and only then writes the files (on any failure it prints the errors, '
      'writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief254/`.\n' % (
          E.SEED_VALUES, E.SEED_PAIRING, VD.SEED, VD.SEED_STYLES, P.SEED, PR.SEED, EV.SEED, NG.SEED, len(info['mutations'])))

    # ------------------------------------------------------------ independence
    a('## Independence\n')
    a('The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. Exactly what was opened:\n')
    a('- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredfiftyfourth/`) was created with `mkdir -p` and written. '
      'It was listed with `ls -la` after the deny-list was first frozen (its own two files then, plus the `.` and `..` metadata lines; the parent\'s '
      'contents are not shown by that command) and again after the final build; otherwise only its own files were created, edited, imported and run '
      '(`python3 build.py`, small `python3` trials importing the modules). Its parent was never listed, opened or searched, nothing else under `/work/main` '
      'was opened, listed, grepped or searched, and git was never run there.')
    a('- Project material: only the two READMEs in `/tmp/brief254/` (`README_twohundredfiftyfirst.md`, p251, puppet theatres / toy shops / toy libraries; '
      '`README_twohundredfiftysecond.md`, p252, organic-box schemes / food co-ops / refill shops). The directory was listed once with `ls -la`, the files '
      'sized with `wc -c`, read with `cat`, `sed -n` line ranges and `awk` (line lengths and first characters), searched with one `grep -oi` loop for the '
      'language names planned here, and parsed by a trial extraction in the scratch directory and by the build\'s own `common254.extract_denylist`. They '
      'were used only to learn the file format and what is already covered.')
    a('- `/tmp`: no directory other than `/tmp/brief254/` and the scratch directory `/tmp/scratch254/` (an extracted copy of the public gitleaks rule file, '
      'a trial deny-list extraction, an encoder / decoder round-trip script and trial build outputs) was looked at.')
    a('- Tooling: `/work/.library/search/README.md` (how the search tool works) was read, and `/work/.library/env/` was listed once; no package was '
      'installed and no registry was queried.')
    a('- Public material, read for shape only (no credential value copied; every value is generated): the gitleaks default rule file '
      '(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool\'s `fetch`, extracted with `git show`; the rule ids were listed and the '
      'regexes of about 130 rules printed by small filter scripts) and the Kingfisher rules (`mongodb/kingfisher`, `data/rules/`: the listing, and these '
      'files shown through `grep` filters: assemblyai, auth0, betterstack, calendlyapikey, clarifai, clickup, deepgram, discord, django, elevenlabs, '
      'figma, hubspot, jotform, line, loyverse, mailjetbasicauth, microsoftteamswebhook, monday, netlify, ngrok, openai, opsgenie, paypal, pipedrive, '
      'posthog, pushbullet, recaptcha, segment, sparkpost, square, squareup, supabasetoken, tailscale, telnyx, tickettailor, trello, typeform, vultrapikey, '
      'weightsandbiases, wireguard, age, xai, zohocrm); one documentation search (ServiceM8 developer pages, which mention the `smk-` key prefix). '
      'Betterleaks, CredSweeper and other vendor documentation were not opened.\n')
    a('The deny-list (`common254.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at '
      '`__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; '
      'the pattern also catches a few non-language pairs, which only makes the list stricter) and the names and name words of those pairs (%d). It is '
      'frozen in `brief_names.json`; when `/tmp/brief254/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the READMEs name '
      'only in prose (their avoided, set-aside, spare and trimmed lists of encodings, syntaxes, vendors and languages) were avoided by hand; the language '
      'check also refuses a hand-kept list (%s).\n' % (
          len(info['deny']['names']), len(info['deny']['syntaxes']), len(info['deny']['language_codes']), len(info['deny']['language_names']),
          info['deny_status'], ', '.join(C.HAND_LANGUAGES)))

    # ------------------------------------------------------------ files and counts
    a('## Files and counts\n')
    a('| file | records | spans | span types | container kinds | notes |')
    a('|---|---|---|---|---|---|')
    a('| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |' % (
        len(sec), sum(len(r['secrets']) for r in sec), len({r['type'] for r in sec}), len({r['container'] for r in sec}),
        len(by['everyday']), len(by['vendor']), len(by['password']), len(by['prose']), len({r['container'].split('__')[1] for r in by['prose']})))
    a('| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × %d types |' % (
        len(eva), sum(len(r['secrets']) for r in eva), len({r['type'] for r in eva}), len({r['container'] for r in eva}),
        len({r['encoding'] for r in eva}), len({r['type'] for r in eva})))
    a('| `negatives.jsonl` | %d | – | – | %d | %d classes |' % (len(neg), len({r['container'] for r in neg}), len({r['class'] for r in neg})))
    a('| `README.md` | – | – | – | – | rendered by `build.py` |')
    a('| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n' % (
        len(info['deny']['names']), len(info['deny']['syntaxes']), len(info['deny']['language_codes']), len(info['deny']['language_names'])))
    a('Schema: positives `id` (`p254-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: `value`, `start`, '
      '`end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p254-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), '
      '`encoding`, `text`, `secrets` (one span with `value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). '
      'Negatives (`p254-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON '
      'lines written with `ensure_ascii=False`.\n')
    wc = collections.Counter(s['where'] for s in P.SYNTAXES)
    a('**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record per type). Positional passwords '
      '%d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions %d = 22 × 3. '
      'Negatives %d = 20 classes × 2 base kinds × 6 presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, '
      'generated vendor neighbours, evasion plains and runs): %d.\n' % (
          len(by['vendor']), len(by['password']), ', '.join('%s %d' % (k, v) for k, v in wc.most_common()),
          ', '.join('`%s` (%s)' % s for s in PR.SPARES), len(eva), len(neg), len(sec), info['registry']))

    # ------------------------------------------------------------ conventions
    a('## Conventions\n')
    a('- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or protocol element, never the quotes, '
      'the key or the flag (for `lynx -auth=user:…`, `ncat --proxy-auth user:…`, `addauth digest user:…`, `webcontrol_authentication user:…` and the '
      '`.git-credentials` URL only the part after the colon; for the Asterisk `register =>` line only the part between `:` and `@`; for X12 `ISA04` only the '
      'value, not its space padding). Values pasted where they do not belong (Teams, an SMS screenshot, Jira, Outlook, a job-sheet PDF, a GitHub issue, '
      'Confluence, Apple Notes, Obsidian, zsh history, `setx`, `gh secret set`, `heroku config:set`, `gcloud secrets create`, `az keyvault secret set`, '
      '`vault kv put`, `sops -d`, `kubectl create secret`, `docker run -e`, a Bitwarden export) are labelled. The Teams, Discord and Google Chat webhook '
      'URLs are labelled whole (the URL is the secret); the GCP service-account key is labelled from `-----BEGIN PRIVATE KEY-----` to '
      '`-----END PRIVATE KEY-----` with its JSON `\\n` escapes.')
    a('- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4 in everyday and vendor values, '
      '0.3 elsewhere) + a joiner + a tail people use (2–3 letters and 2–4 digits, 2–4 digits and 1–2 letters, or a year). Everyday and vendor passwords '
      'use the joiners `- _ . !` and are checked against `%s`; positional, prose and evasion passwords use only `- _ .` and are checked against `%s`. '
      'A value is redrawn when it holds a character its container would have to escape (each kind and style lists them: quotes, `$` where shells, HCL, '
      'nginx or Kotlin expand, `%%` where supervisord, Hiera or Odoo interpolate, `#` and `;` where a comment would start, `/` in `.xcconfig`, `&<>` in '
      'XML, spaces and `^&|<>!` in `cmd.exe`).' % (', '.join(C.WORLD_WORDS[:30]), len(C.WORLD_WORDS), C.PASSWORD_RE.pattern, C.STRICT_PASSWORD_RE.pattern))
    a('- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain appears '
      'in any text. Values, generated vendor neighbours, evasion plains and runs are drawn through one registry that refuses repeats and any string in a 6+ '
      'character substring relation with an earlier one. A negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner '
      '+ tail (the password form), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative.')
    a('- Structured values are valid: `lkr_` tokens end in the real CRC-24/OpenPGP of their 28-character body (asserted: `123456789` → 21CF02); `pcx-` keys '
      'in the real CRC-64/XZ of their 24-character body (asserted: `123456789` → 995DC9BBDF1939FA); `GRF` keys carry the two real ISO 7064 MOD 1271-36 '
      'check characters (the generic pure-system code is asserted on MOD 11-2 with the ORCID example 0000-0002-1825-0097 and on MOD 97-10 against the IBAN '
      'rule for GB82 WEST 1234 5698 7654 32); engineer-app tokens are real ES384 JWTs signed with P-384 ECDSA written out in `common254` (the curve '
      'constants are asserted: G on the curve, n·G = O, 2G and 3G by two addition formulas) and every token is verified against the public key of its '
      'discarded signing key; Django keys are 50 characters of Django\'s own alphabet; Fernet keys decode to exactly 32 bytes. Every UUID-shaped substring '
      'of every text is version 4 and every JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature length that fits it '
      '(checked); negatives contain no JWT-shaped string. Vendor frames: the Wix key is `IST.` + a real RS256 JWT signed with a freshly generated 2048-bit '
      'RSA key (Miller–Rabin primes, PKCS#1 v1.5, verified); the GCP service-account key is a real PKCS#8 RSA-2048 key whose DER is parsed back and '
      'checked (n = p·q, e·d ≡ 1 mod λ(n), CRT parts); Calendly, monday.com and Supabase tokens are real HS256 JWTs; the PyPI token is base64url of a '
      'macaroon-like string starting 02 01 08 `pypi.org`; the Grafana Cloud token is Base64 of real JSON; the AWS Bedrock key is Base64 of '
      '`BedrockAPIKey-…`; every vendor value is checked against a regular expression built from the same spec that generated it plus these frame checks. '
      'Negatives: VIN (asserted on 1M8GDM9AXKP042788 → X), UK VAT mod 97 / 9755 (asserted on GB 999 9999 73), ISO 6346 (asserted on CSQU 305438 3), Luhn '
      '(asserted on 79927398713 and the IMEI 490154203237518) and ISO 11649 RF (asserted on RF18539007547034) check digits are real; P-384 JWKs and '
      '`ecdsa-sha2-nistp384` keys are real points in the real wire format; digests are real digests of random bytes; argon2, pbkdf2, SOPS and Fernet '
      'payloads are random in frame.')
    nb = ['%s: %s' % (s['type'], s['nb']) for s in VD.SPECS if s['nb']]
    a('- Public neighbours are unlabelled: user names, hosts (`*.%s`, `*.%s`, `*.%s`, `*.%s`, private addresses), key names and the ids written next to a '
      'vendor secret (%s), and the user half of a user / value pair.' % (
          W.FIRMS['keenedge']['domain'], W.FIRMS['hallamshire']['domain'], W.FIRMS['brightwater']['domain'], W.FIRMS['forgeline']['domain'], '; '.join(nb)))
    a('- Key names follow the container\'s own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats, notes and e-mails, title for the job '
      'sheet, the Confluence table and the Bitwarden item name). Everyday key names are the type\'s words without the check-algorithm word (`DROP_OFF_LOCKER_TOKEN`, '
      'not `…_CRC24_TOKEN`: keys name the thing, not its checksum); vendor key names are the full type name in the style\'s case.\n')

    # ------------------------------------------------------------ categories
    a('## Categories (positives)\n')
    a('Everyday (12 types): ' + '; '.join('%s (%s)' % (bt(t), E.TYPE_DESC[t]) for t in E.TYPE_NAMES) + '.\n')
    a('Container kinds (45, key style in brackets): ' + ', '.join('%s (%s; %s)' % (bt(k['name']), k['style'], k['desc']) for k in E.KINDS) +
      '. Pairing (seed %d): the 45 kinds form 15 blocks of three; each block deals its own seeded permutation of the 12 types, four to each kind, so every kind '
      'holds four different types and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places (an ES384 JWT in '
      'an SMS screenshot, a Django key in a CODESYS variable list).\n' % E.SEED_PAIRING)
    styles_used = {r['type']: r['container'].split('__')[1] for r in by['vendor']}
    srcname = {'read': 'read', 'believed': 'believed', 'guessed': 'guessed', 'owner': 'owner-chosen'}
    a('Vendor (%d types, container `<type>__<style>`; shape, then where the shape comes from – *read* this session in the public gitleaks or Kingfisher rule '
      'files (or, once, vendor documentation), *believed* from memory, *guessed* where the builder knows no published shape so the type is recognisable only '
      'from the key name, *owner-chosen* for portal and device passwords):\n' % len(VD.SPECS))
    groups = []
    for s in VD.SPECS:
        if s['group'] not in groups:
            groups.append(s['group'])
    for g in groups:
        items = [s for s in VD.SPECS if s['group'] == g]
        a('*%s* (%d): ' % (g, len(items)) + '; '.join('%s (%s – %s%s – in %s)' % (
            bt(s['type']), s['shape'], srcname[s['src']], (' – next to it: %s' % s['nb']) if s['nb'] else '', bt(styles_used[s['type']])) for s in items) + '.\n')
    sc = collections.Counter(styles_used.values())
    a('Vendor styles (%d; every type lists the families of style typical of where its key lives – server-side, mobile, IoT, webhook, CI, owner-chosen '
      'password, service-account key file – and takes the least-used fitting style, ties broken by a seeded shuffle, seed %d): ' % (len(VD.STYLES), VD.SEED_STYLES) +
      '; '.join('%s (%s, %s, %d)' % (bt(n), st['case'], st['desc'], sc.get(n, 0)) for n, st in VD.STYLES.items()) + '.\n')
    a('Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): ' % (
        len(P.SYNTAXES), P.PREFIX, ', '.join('%s %s' % (k, bt(v)) for k, v in P.WHERE.items())) +
      '; '.join('%s (%s, %s)' % (bt(P.PREFIX + s['name']), s['where'], s['form']) for s in P.SYNTAXES) +
      '. None of them is among the syntaxes or names of either README (compared after removing the prefix; checked), and no positional text contains '
      '`pass`, `pwd` or `secret` in any case (checked), so tools and flags whose own name says it were left out; field ids in UI scripts are neutral '
      '(`f1` / `f2`).\n')
    a('Prose: someone tells a colleague the password of the parts-counter PC and asks them to keep it to themselves; span type `%s`; container '
      '`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: %s. None of them or the spares is among the '
      'languages of either README or on the hand list (checked: code against the codes, all deny-listed names and the hand list; name and every name '
      'word against the language names and the hand list). Scripts: %s. Pashto, Central Kurdish and Yiddish are right-to-left with the Latin value '
      'embedded; every value is set off by whitespace on both sides (checked).\n' % (
          PR.TYPE, ', '.join(bt(f) for f in PR.FORMATS), ', '.join('`%s` (%s)' % (l[0], l[1]) for l in PR.LANGS),
          ', '.join('`%s` (%s)' % s for s in PR.SPARES), ', '.join(sorted({l[2] for l in PR.LANGS}))))

    # ------------------------------------------------------------ evasions
    a('## Evasion encodings\n')
    a('; '.join('%s = "%s"' % (bt(n), enc254.RULES[n]) for n in enc254.ENCODINGS) + '.\n')
    a('Families: ' + '; '.join('%s: %s' % (enc254.FAMILIES[n], bt(n)) for n in enc254.ENCODINGS) + '.\n')
    a('Evasion types: ' + '; '.join('%s (%s)' % (bt(t[0]), t[2]) for t in EV.TYPES) + '; wordings: ' + ', '.join(bt(w) for w in EV.WORDING_NAMES) +
      ' (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (2*i* + *j*) mod 3, so each encoding appears once per type and once per '
      'wording). Each text states the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). Plains use '
      '`[A-Za-z0-9._-]` (character codes 45–122, which every encoding here can carry); a plain is redrawn if it would appear inside its own run, if the run '
      'equals it, has outer whitespace or a newline, does not decode back, or if the registry refuses plain or run.\n')
    a('Encoders are in `enc254.enc` (the rng adds only noise the decoder ignores or that does not change the decoded value: the other root of each '
      'quadratic, the free matrix entries, the third triangle corner along its base line, the other members of each variance group, the variable names and '
      'polarities of the formulas, the colour\'s saturation and lightness, the NEC device address, the PT100 reading\'s ±0.3 °C, the ammeter reading, the '
      'bowling game among those with the same score, the tree\'s edge order). The encoder asserts its tables: Chess960 0 → BBQNNRKR and 518 → RNBQKBNR and '
      'all 960 positions distinct; 128 distinct Hanoi states ending CCCCCCC; 92 queen solutions, the first 15863724; a 112-row plain course of Plain Bob '
      'Major with no repeated row; an 81-symbol de Bruijn sequence with 81 distinct windows; 132 bracket strings in order; the published XTEA vector (key '
      '00 01 … 0f, plaintext `ABCDEFGH` → 497df3d072612cb5); the mu-law expander on 0xFF → 0, 0x80 → 32124, 0x00 → −32124. The decoder `dec254.decode` '
      'gets only the encoding name and the run, imports nothing from the encoder or `common254` and only `itertools`, `math`, `re` and `fractions`, and '
      'rebuilds every table another way: the Scharnagl number computed back from a rank (knight patterns from `itertools.combinations`), Hanoi states by '
      'the iterative smallest-disc rule instead of the recursion, queen solutions by filtering all 40320 permutations instead of backtracking, a bowling '
      'parser and scorer of its own, Plain Bob rows by places made, Pruefer codes by leaf removal, the de Bruijn track from sorted Lyndon words instead of '
      'the FKM recursion, bracket ranks by counting completions instead of listing, Euclid for the fraction, the quadratic formula with an exact integer '
      'square root, exact determinants, the shoelace sum, exact variance with fractions, a small recursive-descent parser and truth-table count for the '
      'formulas, the inverse cosine transform, a mu-law table built from the segment formula, its own NEC bit reader that checks the inverse bytes, its own '
      'XTEA decryption with PKCS#7 check, exact hue arithmetic with fractions, the xterm level table, the PT100 quadratic solved for T, and exact '
      'volt / amp division. Every pair was round-tripped on 300 random `[A-Za-z0-9._-]` plains of length 2–44 per encoding (60 for the slow bowling, '
      'variance and formula encoders) while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n')
    a('Avoided on purpose (named by an earlier README as an encoding or in its avoided lists): every encoding of both READMEs and every item of their '
      'avoided lists – numeral bases and Base-N text encodings, escapes, classical, keyword and Hill ciphers, XOR and XOR shares, Morse, Braille, spelling '
      'alphabets, numeral scripts, number words, look-alikes, combining marks and zero-width characters, chaff, decoys, shuffles and reversals, code '
      'expressions, powers, primes, squares, triangular numbers, Fibonacci / Zeckendorf, factoradic, combinadics, Gray, BCD, Cantor, Morton and Ulam, '
      'residues, delta coding, Elias gamma, check-digit disguises, barcodes, seven-segment and pixel fonts, keyboard tricks and input-device reports, '
      'compass points, soroban, coin change, mixed radices, semaphore, DTMF and other telephone signalling, tarot, element symbols, constellations, errno '
      'names, E96 and resistor colours, day-of-year and clock-face disguises, Calkin–Wilf, Collatz, Shamir and modular inverses, IEEE 754 words, '
      'overlong UTF-8, Latin-1 high bits, varints, logarithms, Bubble Babble, zlib / LZW, RC4, the AES S-box, MD5 crumbs, CRC chains, Hollerith, ITA2 and '
      'the scalar world disguises already used (seats, DMX, servo pulses, fridge readings in °F, PLU stickers). Also set aside while choosing: the '
      'Burrows–Wheeler transform (a permutation of the plain\'s own characters), Hilbert-curve positions (a space-filling curve like Morton and Ulam), '
      'Hangul composition (a script), the Linux syscall table (a public-table lookup like errno), EC scalar multiples (a discrete logarithm like the earlier '
      'powers of three), 4B5B and Manchester line codes (bits again), 16-segment displays, bingo calls and Messier numbers (not sure of the tables). '
      'Close relatives remain and a scorer may count them as the same idea: Chess960, the queen ranks and the bracket ranks are positions in public '
      'enumerations next to the earlier list lookups; the Pruefer trees end in a base-5 number (the tree is the disguise); the de Bruijn windows are '
      'ternary strings; the quadratics, determinants, triangle areas, variances and bowling scores are computations on small numbers next to the avoided '
      'arithmetic expressions and coin change; the continued fraction is a whole-value transform next to the earlier big integer; the two colour encodings '
      'share a look (hex swatches, rgb() triples) but one needs a hue formula and the other a palette index; the PT100 and Ohm\'s-law readings are world '
      'disguises next to the earlier ones (but a quadratic sensor curve and a ratio of two readings, not an offset or a scale); XTEA is a block cipher '
      'under a stated key next to the earlier RC4 stream cipher; the NEC pulse timings write bits as space lengths.\n')

    # ------------------------------------------------------------ negatives
    a('## Negative classes\n')
    a('| class | records | base kinds | what is in it |')
    a('|---|---|---|---|')
    cc = collections.Counter(r['class'] for r in neg)
    for c in NG.CLASS_NAMES:
        a('| %s | %d | %s | %s |' % (bt(c), cc[c], ', '.join(bt(k) for k, _ in NG.CLASSES[c]['kinds']), NG.CLASSES[c]['desc']))
    a('\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add Teams, Jira, Outlook, trade-forum and Confluence '
      'context whose words say the content is not a login, without adding a value.\n' % ', '.join(bt(w) for w in NG.WRAPPERS if w))

    # ------------------------------------------------------------ checks
    a('## Checks run by build.py\n')
    a('- Deny-list: `brief_names.json` is loaded; if `/tmp/brief254/` exists it is re-extracted and must be identical (%s). Every everyday type and kind, '
      'vendor type and style, where-label, prose type and format, evasion encoding, wording and type, negative class, base kind and wrapper, and every '
      'container, span type, encoding and class actually used in the records, is compared lower-cased, as a whole and split at `__`, against the names; '
      'every positional syntax (from the module and from each record\'s type with `%s` stripped) against the earlier syntaxes and all names; every prose '
      'language code (and spare) against the codes, all names and the hand list, its name and name words against the language names and the hand list.' % (
          info['deny_status'], P.PREFIX))
    a('- Ids `p254-s-NNNN`, `p254-e-NNNN`, `p254-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive and '
      'evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its text and has no outer whitespace; evasion spans '
      'carry `plain` and an `encoding` equal to the record\'s; no placement marker left in any text; sources as specified.')
    a('- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with containers `<type>__<style>`, positional '
      '100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3 types (each encoding in three wordings), '
      'negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative text, span types of the sources pairwise disjoint.')
    a('- Shapes: everyday values by type (password regex, CRC-24 tail, CRC-64 tail, MOD 1271-36 check, ES384 frame, header and claim keys and P-384 '
      'signature, Django alphabet and length, Fernet byte count); vendor values against the regex built from each spec plus frame checks (RS256 signature, '
      'PKCS#8 structure, JWT frames and claims, PyPI macaroon prefix, Grafana JSON keys, Bedrock prefix); owner-chosen vendor passwords by the password '
      'regex; positional and prose values in the strict password form; no `pass` / `pwd` / `secret` in positional texts; prose values set off by '
      'whitespace; evasion plains by type; evasion layout (rule text present before the run, `:` newline, run line, one remark line).')
    a('- Every evasion run decodes with `dec254.decode` to its `plain`, and the run never contains its plain.')
    a('- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; no negative contains a world-word '
      'password form or a JWT-shaped string; every UUID-shaped substring of every text is version 4; every JWT-shaped substring is a valid JWT.')
    a('- Determinism: everything is generated twice in one process; the three JSONL files and this README must be byte-identical, and the JSONL bytes must '
      'parse back to the same records.\n')
    a('- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d.\n' % (
        len(info['mutations']), sum(1 for _, c in info['mutations'] if c), len(info['mutations']),
        ', '.join('%s (%s)' % (bt(n), 'caught' if c else 'MISSED') for n, c in info['mutations']), info['clean_errors']))

    # ------------------------------------------------------------ shapes guessed
    a('## Shapes you had to guess\n')
    for src, title in (('read', '*Read this session* in the public gitleaks rule file or the Kingfisher rule files (or, for ServiceM8, its developer documentation); nothing copied; every value generated; where a rule gives only a prefix, a class or a length range, the exact length and case are mine'),
                       ('believed', '*Believed from memory* of public rule sets and vendor documentation, not re-checked this session'),
                       ('guessed', '*Guessed* (length and alphabet only; the builder knows no published format, so these are recognisable from the key name only)'),
                       ('owner', '*Owner-chosen passwords* (a trade portal or device login the owner picked)')):
        items = [s for s in VD.SPECS if s['src'] == src]
        a('%s (%d): ' % (title, len(items)) + '; '.join('%s (%s%s)' % (bt(s['type']), s['shape'], ('; ' + s['note']) if s['note'] and src in ('read', 'believed') else '') for s in items) + '.\n')
    a('Also invented or partly guessed: the everyday layouts `lkr_` (CRC-24), `pcx-` (CRC-64) and `GRF` (MOD 1271-36) and the evasion prefixes `gsc.` and '
      '`pst_` are invented; the ES384 JWT, the Django `SECRET_KEY` and the Fernet key are real formats used for invented purposes. Partly known vendor '
      'shapes: the ServiceM8 length after `smk-`, the ServiceTitan `cs1.` / `cid.` prefixes, the Square `EAAA` length (the rules allow a range), the Stripe '
      'restricted key `rk_live_51` + 97, the PayPal `E` / `A` first letters, the Trello `ATTA` start, the WhatsApp `EAAM` start and length, the Slack app and '
      'user token part lengths, the Atlassian split (the rule only says `ATATT3` + 186), the Calendly claims and HS256 alg (the rule only fixes the JWT '
      'frame), the monday.com claims, the Supabase service-role claims, the Wix `IST.` payload, the Mapbox `sk.` JSON keys, the Bitwarden access-token '
      'layout, the AWS SES SMTP password starting `B`, the Bedrock inner text, the Tailscale auth-key segment lengths, the xAI `xai-` prefix, the '
      'Pushbullet `o.` prefix, the ngrok split, the Grafana Cloud JSON keys. All positional syntaxes are written from memory and not re-checked against '
      'manuals; least sure: `veracrypt --text … -p`, `mkstore -createCredential` order, `kadmin -w`, `radtest -t pap` argument order, `espota.py -a`, '
      '`webrepl_cli.py -p`, `hdbuserstore SET` order, `ncftpput -p`, `register_new_matrix_user -p`, `prosodyctl register` order, `swaks -au/-ap`, '
      '`sendEmail -xu/-xp`, `gnome-keyring-daemon --unlock` reading stdin, gocryptfs reading a piped value, the minicom runscript syntax, the argument '
      'orders of `redis.Redis` (db before the value), `ZipFile.extractall`, exchangelib `Credentials`, pyftpdlib `add_user`, python-jenkins, pyzabbix, '
      'NAPALM drivers, jaydebeapi, pysnmp `UsmUserData`, WLST `connect`, jsforce `login`, `MongoCredential.createCredential`, zip4j, PDFBox 3 '
      '`Loader.loadPDF`, `ValidateCredentials`, MQTTnet `WithCredentials`, EPPlus, `smtp.PlainAuth`, `setEncryptionName`, `ssh2_auth_pubkey_file`, '
      'Net::POP3, `Net::SMTP.start` (fifth = value), LuaSQL `connect`, `mysql_real_connect`, `WNetAddConnection2`, `CreateProcessWithLogonW`, '
      '`InternetConnect`, `QSqlDatabase::open`, ESP8266WebServer `authenticate`, AutoIt `RunAs`, WMI `ConnectServer`, the MATLAB `database` call, '
      'LibreOffice Basic `getConnection`, Apps Script `Jdbc.getConnection`, CLSQL connection specs, Nim `db_mysql.open`; the UI-automation calls of '
      'Cypress, TestCafe, Espresso, XCUITest, Katalon, UiPath, SikuliX, Squish, QMK and AutoHotkey v2; the pgbouncer userlist, sendmail `authinfo`, '
      'Jetty `realm.properties`, Asterisk `register =>`, ntp.keys, Nagios `$USER3$`, motion `webcontrol_authentication`, EDIFACT UNB (the recipient '
      'reference / password element) and X12 ISA04 (security information, fixed width 10) layouts; Redis `ACL SETUSER >…`, Derby `SYSCS_CREATE_USER`, '
      '`UTL_SMTP.AUTH`, ClickHouse `mysql()` / `remote()` argument orders, cqlsh `LOGIN`, arangosh `users.save`; TeamSpeak `login`, `AT+CGAUTH` parameter '
      'order, the SOCKS5 RFC 1929 sub-negotiation, the rexec NUL-separated fields, the LuCI JSON-RPC `login` params and the PostgreSQL cleartext `p` '
      'message. Negatives: argon2, pbkdf2, SOPS and Fernet bodies are random in frame; the Turnstile, PostHog, Square and hCaptcha key lengths are '
      'approximate.\n')

    # ------------------------------------------------------------ judgement calls
    a('## Judgement calls\n')
    a('- Everyday: six owner-chosen passwords (van tablets, grinder HMI, heat-treat kiln controller, combi-oven service laptop, locker master login, '
      'engraving station) and six generated secrets (`lkr_` CRC-24 token, `pcx-` CRC-64 key, ES384 engineer-app JWT, `GRF` MOD 1271-36 key, Django '
      '`SECRET_KEY`, Fernet key). The check algorithms (CRC-24/OpenPGP, CRC-64/XZ, ISO 7064 MOD 1271-36, P-384 ECDSA) differ from those of both READMEs '
      '(CRC-16/CCITT-FALSE, Fletcher-16 and -32, ISO 7064 MOD 37,36, Base58Check, P-256 ECDSA, HS384, and the Verhoeff, CRC-32, Bech32, Ed25519, Adler-32, '
      'MOD 11-2 and HS512 they list from older corpora); CRC-24 and CRC-64 are still CRCs, which a scorer may count as the same family as CRC-16 / CRC-32. '
      'Key names in everyday files say password / key / token / jwt – that is how such files look; the key-name-free cases are in the positional source. '
      'The Fernet key and the Django key have no prefix: only the key name and the length tell them from the Fernet tokens and other random strings of the '
      'negatives.')
    a('- Vendor: many trade vendors (Rational ConnectedCooking, Winterhalter, Welbilt, Jobber, simPRO, Commusoft, Joblogic, Housecall Pro, ServiceTitan, '
      'Parts Town, Nuki, Bloqit, BigCommerce, ManoMano, Royal Mail Click & Drop, Webfleet, Acuity, Trustpilot, ClickSend) publish no token format the '
      'builder knows, so their types are recognisable only from the key name (part of the test); 13 vendor types carry owner-chosen passwords. Same-shape '
      'traps: the ES384 tokens against the real P-384 JWKs of the negatives (public half); the Fernet keys against Fernet tokens (ciphertexts); `lkr_` and '
      '`pcx-` values against public door and bin labels with the same valid CRC tails and against failed-check fixtures; Stripe `rk_live_51` against '
      '`pk_live_51`; the Clerk `sk_live_` key against Stripe-style prefixes; the Mapbox `sk.` token against the public `pk.` token; the Google Chat '
      'webhook (which embeds an `AIzaSy` key) against the Maps browser key; UUIDv4 secrets (Joblogic, ManoMano, Royal Mail, Webfleet, ClickSend, Railway, '
      'Opsgenie) against UUIDv4 job ids and hCaptcha site keys; hex secrets against digests. Ids next to a secret stay unlabelled as the public half of a '
      'pair – arguable for the AWS SES SMTP user name (an `AKIA…` access key id), the WooCommerce `ck_` consumer key, the Trello API key, the Mailjet API '
      'key, the Trustpilot API key and the Akamai client token, which some detectors and some owners treat as secret on their own.')
    a('- Passwords: labelled when the value unlocks or logs in (archives, volumes, keychains, code-signing certificates, wallets, Kerberos admin, SNMP '
      'communities – a community string is the SNMPv1/v2c access secret –, RADIUS tests, OTA uploads, FTP / SMTP / POP3 logins in many languages, '
      'database and message-broker connections, Windows logons and shares, web-server basic auth on the locker ESP, a Salesforce login) or creates an '
      'account (Matrix, Prosody, Derby, Redis ACL, arangosh, pyftpdlib), sits in a file by position (git credentials, an OpenVPN credentials file, '
      'ntp.keys, Jetty, Asterisk, a Cisco config, sendmail authinfo, pgbouncer, a pppd chat script, EDIFACT, X12, Nagios, motion, two invented files) or '
      'is typed by automation. Weakest kept cases, with a hint nearby: the `-k` / `-K` of openssl and ccrypt (a passphrase used as a key), the SNMP '
      'community (the word community), `addauth digest`, `--proxy-auth` and `webcontrol_authentication` (the word auth), the chat script\'s `word:` '
      'prompt, the PostgreSQL capture (the preceding `R` message asks for cleartext), the NTP key (the file name says keys). Closest relatives of earlier '
      'syntaxes, kept because the tool, language or mechanism differs: `sqlcmd -U/-P` and `ncftpput -u/-p` next to the earlier -u/-p pairs; `lynx -auth`, '
      '`ncat --proxy-auth` and the ZooKeeper `addauth` next to the earlier colon pairs; the SMTP logins (smtplib, Go `PlainAuth`, `Net::SMTP.start`, '
      'swaks, sendEmail) next to the earlier Haskell SMTP `authenticate`; `InternetConnect`, the `ftp -n` here-document and `ncftpput` are FTP logins '
      'next to the earlier FTP calls; `mysql_real_connect`, LuaSQL, Nim, CLSQL, MATLAB, Apps Script '
      '`Jdbc.getConnection` and jaydebeapi next to the earlier JDBC / ODBC / MySQLdb connects; cryptsetup, zfs, gocryptfs and VeraCrypt next to the earlier '
      'disk unlocks; `xdotool`, `adb input text` and `osascript keystroke` next to the earlier xte / wtype / pyautogui; `ValidateCredentials` next to the '
      'earlier LDAP binds; the PHP ZipArchive, Python `extractall` and zip4j calls next to the earlier zip `-P`; PDFBox next to the earlier `mutool -p`; '
      'EPPlus next to the earlier VBA `Workbooks.Open`; `snmpwalk -c` and the Cisco community line are the same secret in two places (CLI and file). Left '
      'out: tools and flags whose name says it (sshpass, `-pw`, `--password`, `/pass:`, keepassxc-cli, pykeepass, `.pgpass`, chap-secrets, `PRAGMA key`), '
      'a Kotlin commons-net FTP login (too close to the earlier FTP calls), Go winrm (pywinrm earlier), Couchbase and Jakarta Mail (more connects and SMTP '
      'logins than needed), Dart mailer, Rust lettre and `by_index_decrypt`, Node `createCipher`, Ruby Mechanize `add_auth`, python `pypdf.decrypt`, '
      'hdbcli, libzip, FlaUI.')
    a('- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Russian, Galician, Asturian, '
      'Tagalog, Cebuano, Hindi, Marathi, Haitian Creole, Bislama; modest for Korean, Kazakh, Uzbek, Tajik, Halh Mongolian, Gujarati, Malayalam, Kannada, '
      'Sinhala, Pashto, Central Kurdish, Javanese, Scottish Gaelic, Breton, Luxembourgish, Yiddish, Tatar, Zulu, Xhosa; low for Burmese, Lao, Yoruba, '
      'Hausa, Kinyarwanda, Malagasy, Hawaiian, Faroese, Romansh, Sardinian, Chuvash, Ewe (word choice, loans, diacritics and word order unchecked). Loan '
      'words (password / paswod / pasiwedi / Passwuert forms) are kept as people use them. `uzb` is the Uzbek macrolanguage, `khk` Halh Mongolian, `pus` '
      'Pashto (macrolanguage), `ckb` Central Kurdish (Sorani), `yid` Yiddish (macrolanguage). Korean, Hindi, Gujarati, Marathi, Malayalam, Tajik, '
      'Pashto and Central Kurdish put a copula after the value, written after a space so that the value stays set off by whitespace (Korean would '
      'normally attach 이에요 and Kurdish its copula to the word before); the Kannada and Malayalam sentences contain zero-width non-joiners inside loan words, as typing '
      'produces; none is next to the value.')
    a('- Evasions: the chess ranks, bowling lines, change-ringing rows and colour swatches read like club sheets and paint cards, and genuine Chess960 '
      'draws, bowling lines, PT100 calibration tables and element readings sit in the negatives carrying nothing; the XTEA hex, the DCT numbers, the '
      'continued fraction and the NEC timings look like data dumps and an entropy detector may flag them (arguably right); the Boolean formulas, bowling '
      'lines and NEC captures are long (hundreds to thousands of characters). The password evasion type uses only `- _ .` joiners so that every encoding '
      'can carry it.')
    a('- Negatives: VINs, VAT / EORI numbers, container numbers, IMEIs, ICCIDs and RF references are identifiers with real check digits; digests are '
      'one-way; argon2 and pbkdf2 strings are one-way hashes (one set in a column called `password`, a trap); the JWKs and ssh keys are public keys; Stripe '
      '`pk_live_`, Square application ids, PostHog `phc_`, hCaptcha and Turnstile site keys, the Maps browser key and the Mapbox `pk.` token are public by '
      'design; `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` is AWS\'s own documentation example; the `.env.sample` and compose '
      'template use this corpus\'s own key names with placeholder values (a trap for key-name-only detectors); masked previews keep at most four '
      'characters; Key Vault, Secrets Manager, GCP, Vault and `op://` references are pointers; SOPS values and Fernet tokens are ciphertexts whose key is '
      'elsewhere. The most arguable classes are `own_shape_failed_check_fixtures` (this corpus\'s own shapes with deliberately wrong checks, in tests and '
      'reject logs) and `locker_door_labels_same_crc24` (public labels that share the positives\' CRC-24 / CRC-64 algorithms and are valid): a shape-only '
      'detector will flag both; the texts say what they are. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n')

    # ------------------------------------------------------------ sources
    a('## Sources consulted\n')
    a('- The two READMEs in `/tmp/brief254/` (p251 and p252), for format and coverage only. The detector was not opened, listed or searched; nothing else '
      'under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch254/` was looked at.')
    a('- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file '
      '(`gitleaks/gitleaks`, `config/gitleaks.toml`, fetched into its own mirror directory with the search tool and extracted with `git show`) and the '
      'public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, fetched the same way and read through `grep` filters), for the rules behind '
      'every vendor type marked *read* above; one documentation search (ServiceM8 developer pages) for the `smk-` prefix. The remaining shapes, every '
      'positional syntax, every prose sentence and every encoding table come from the builder\'s memory and are marked as believed or guessed where it '
      'matters; the published test vectors used in asserts (CRC-24 and CRC-64 check values, the ORCID and IBAN examples, the XTEA vector, Chess960 518, '
      'the VIN, VAT, ISO 6346, Luhn / IMEI and RF examples) are likewise from memory and each passes its assert.')
    a('- Python\'s standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `math`, `fractions`, `itertools`) computes the digests, HMACs, encodings '
      'and exact arithmetic; CRC-24, CRC-64, ISO 7064, P-384 ECDSA, RSA key generation and PKCS#1 v1.5 signing, DER, XTEA, mu-law, Chess960, Hanoi, queens, '
      'bowling, Plain Bob, Pruefer codes, de Bruijn sequences, bracket ranking, the DCT, VIN, VAT, ISO 6346, Luhn and RF checks and every decoder are '
      'written by hand.\n')
    return '\n'.join(L)
