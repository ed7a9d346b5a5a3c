"""Renders README.md from the generated data, the modules and the check results."""
from collections import Counter

import enc269
import evasions269
import everyday269
import negatives269
import positional269
import prose269
import vendor269
import world269 as W

GITLEAKS = 'b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b'
KINGFISHER = 'ee7c0db3ef87575768f817820c24736249ffcdef'


def _c(x):
    return '`%s`' % x


def render(data, deny, mut_results, deny_status, n_registry):
    pos, ev, neg = data['positives'], data['evasions'], data['negatives']
    every = [r for r in pos if r['source'] == 'everyday']
    vend = [r for r in pos if r['source'] == 'vendor']
    pw = [r for r in pos if r['source'] == 'password']
    pr = [r for r in pos if r['source'] == 'prose']
    L = []
    A = L.append
    A('# privacy_twohundredsixtyninth (p269) – held-out credential corpus\n')
    A('Synthetic, independently built evaluation data for a credential / secret detector ("privacy filter"), focused on '
      '**poultry farms, hatcheries and egg-packing stations** and the developers and staff who build and run their software. '
      'The world: ' + '; '.join('*%s* (`%s`: %s)' % (n, d, desc) for n, d, desc in W.FIRMS.values()) + '. People: ' +
      ', '.join(W.PEOPLE) + '. Private hosts sit in 10.69.0.0/16 and 192.168.69.0/24; every other host is under `.example`; '
      'customers, suppliers, holdings, lorries and numbers are invented. Secrets sit where this trade puts them: the devices '
      '(Node-RED on the shed bridges, an Arduino vending controller, a PlatformIO egg counter, ESPHome shed nodes, MicroPython '
      'lorry loggers, a Shinobi NVR on the range cameras, the legacy grader PC, a RouterOS gateway, Grafana provisioning, '
      'ChirpStack), back offices (Rails credentials, Spring Boot, .NET appsettings, Phoenix, FastAPI, a Go viper service, Cargo, '
      'Gradle, Yii, Astro), ops (NixOS, cloud-init, a ConfigMap, OpenRC, Concourse, TeamCity, Hiera, a setx batch file, '
      '`docker inspect`, `journalctl`, Kubernetes Secrets, render.yaml, App Engine, Serverless, Dokku, Kamal, CloudFormation, '
      'Ansible group_vars, OpenFaaS, Railway), developer places (VS Code settings, tox, devcontainers, k6, a REPL, a HAR '
      'export, mitmdump, Hoppscotch, httpyac, `.env.local`, the PowerShell profile, terminal scrollback and the native '
      'credential files of npm, AWS, doctl, hcloud, Hugging Face, the Stripe CLI, glab, RubyGems and SOPS age) and the messy '
      'places (Jira, Confluence, Notion, Google Keep, a vCard, the OCR of a photographed sticky note, a voicemail transcript, '
      'Freshdesk, a .docx part, Enpass, RoboForm, Firefox and Chrome exports, Signal, Telegram and Slack). The vendors are '
      'the trade\'s own (Red Tractor, RSPCA Assured, the British Lion scheme, APHA, the Egg Marketing Inspectorate, Moba, '
      'Sanovo, Petersime, Pas Reform, Fancom, Big Dutchman, Vencomatic, Aviagen, Hy-Line, ForFarmers, Porphyrio, Maximus, '
      'Hotraco, Agrologic, Samsara, Tive, The Things Stack, ThingSpeak, Ubidots, Home Assistant, Tuya, ThingsBoard, Arduino '
      'Cloud, balena, Netatmo, Roboflow) next to the shop, payment, accounting, messaging, AI, developer, cloud and monitoring '
      'services such developers use; the negatives come from the same world (GTINs and SSCCs, egg producer codes, CAS numbers '
      'of disinfectants, S10 tracking numbers, supplier credit codes, digests, bcrypt and scrypt hashes, WireGuard and age '
      'public keys, publishable keys, templates, masked values, secret-store pointers, ciphertexts, documentation, manual '
      'prose, failing fixtures of this corpus\'s own layouts, CPH and flock numbers, LoRaWAN telemetry, genuine puzzle '
      'answers and order and payment references).\n')
    A('Everything is produced by `build.py` and its modules (`common269.py`, `world269.py`, `everyday269.py`, `vendor269.py`, '
      '`positional269.py`, `prose269.py`, `enc269.py`, `dec269.py`, `evasions269.py`, `negatives269.py`, `checks269.py`, '
      '`readme269.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (26901 '
      'everyday values, 26911 everyday pairing, 26971 the PASETO key, 26972 the HS256 key, 26902 vendor values, 26903 positional, '
      '26904 prose, 26905 evasions, 26906 negatives), no clock, no network, no bytecode written. `python3 build.py [outdir]` runs '
      'the hand-written algorithms\' self-test, generates everything twice in one process and compares the bytes of the three '
      'JSONL files, parses them back, runs every check and %d mutation tests, renders this README twice and compares it, and '
      'only then writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` '
      're-extracts the deny-list from `/tmp/brief269/`.\n' % len(mut_results))
    # ---------------------------------------------------------------- independence
    A('## Independence\n')
    A('The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. '
      'Exactly what was opened:\n')
    A('- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredsixtyninth/`), created with '
      '`mkdir -p` in the same command that created the scratch directory. Its files were created with the file editor, edited '
      'with small Python `str.replace` scripts and a few `sed -i` substitutions, searched with `grep -n` / `grep -c` in its own '
      'modules, imported and run with `python3 -B` (trial imports, `build.py --freeze`, trial builds written to '
      '`/tmp/scratch269/trial`, the final `python3 build.py`) and listed with `ls -la` after the final build. The parent '
      'directory was never listed, opened or searched, nothing else under `/work/main` was opened, listed, grepped or '
      'searched, and git was never run there.')
    A('- Project material: only the two READMEs in `/tmp/brief269/` (`README_twohundredsixtysixth.md`, p266, lighthouse keepers '
      '/ lightship museums / coastal-signal restorers; `README_twohundredsixtyseventh.md`, p267, kite makers / kite festivals / '
      'kite-surf schools). The directory was listed once with `ls -la`, the files sized with `wc -c` and `wc -l`, read with '
      '`cat` and `sed -n` line ranges, measured with an `awk` line-length listing, and parsed by a scratch extraction script '
      'and by `common269.extract_denylist`. They were used only to learn the file format and what is already covered.')
    A('- `/tmp`: besides `/tmp/brief269/` and the scratch directory `/tmp/scratch269/`, the only things touched were the shell '
      'tool\'s own job directories of two of the builder\'s own background commands (their `stdout` / `stderr` read with '
      '`cat` to see how far a trial import and a round-trip script had got; two runaway trials were stopped with `kill` on their '
      'own process ids, found with `ps`). The scratch directory holds the extracted gitleaks rule file, the extracted Kingfisher '
      'rule directory, a deny-list trial script, two encoder / decoder round-trip scripts, the trial build output and build logs.')
    A('- Tooling: `python3 --version`; `/work/.library/search/README.md` read once (first 50 lines); `/work/.library/env/` was '
      'not opened, no package was installed and no registry was queried. The pre-installed `cryptography` package was '
      'imported once in a scratch script to cross-check the hand-written ChaCha20-Poly1305 and X25519 code on random inputs, '
      'and OpenSSL\'s `ripemd160` (through `hashlib`) cross-checks the hand-written RIPEMD-160 where it is available; the build '
      'itself uses only the standard library.')
    A('- Public material, through the search tool\'s `fetch` only (no search, find or read look-ups): `gitleaks/gitleaks` '
      '(commit `%s`; `config/gitleaks.toml` extracted with `git show`; the ids and regexes of about 150 rules chosen by name '
      'prefix printed by a `tomllib` filter) and `mongodb/kingfisher` (commit `%s`; `data/rules/` extracted with `git archive`; '
      'the file list and the pattern blocks of about 55 rule files printed through `grep` / `awk` filters). `git log -1` was '
      'run in those two mirrors only. Read for shape only: no credential value or rule example was copied; every value is '
      'generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n' % (GITLEAKS, KINGFISHER))
    A('The deny-list (`common269.extract_denylist`) holds every backticked name and every snake_case identifier of both '
      'READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix '
      'stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, which '
      'only makes the list stricter), the names and name words of those pairs (%d) and the earlier encoding names (%d). It is '
      'frozen in `brief_names.json`; %s Ideas the READMEs name only in prose were avoided by hand, and three hand lists in '
      '`checks269.py` make part of that checkable: `PROSE_TOOL_TOKENS` (%d tools, libraries and mechanisms the READMEs name '
      'only in prose or in their left-out lists: curl, FTP, IMAP, SMTP, LDAP, SMB, SSH, Redis, Mongo, Cassandra, MySQL, '
      'SNMP, Selenium, xdotool, tmux, KeePass, openssl, psexec, Oracle, the registry logins, IRC and others) joined at run time '
      'by every non-generic token of the earlier syntax names (`GENERIC_SYNTAX_TOKENS` lists the %d words treated as generic, '
      'such as positions, flags, language names and common verbs) that no syntax name may contain as a `_` token; '
      '`HAND_ENCODING_TOKENS` (%d idea words of the earlier encodings, families, avoided and set-aside lists) joined by every '
      'token of the earlier encoding names, plurals folded, that no encoding name may contain; and `prose269.HAND_LANGUAGES` '
      '(English, Catalan). Planning against these lists replaced a Firebird `isql` syntax by Hive `beeline`, renamed '
      '`pg_dblink…` to `dblink…`, `ntp_keys…` to `ntp_key…` and a `…_roster_…` file to `…_crew_sheet_…`, replaced a Keyboard Maestro action (`maestro`) and a nut.js `keyboard.type` call (`type`) by the enigo crate, dropped an IRC '
      '`OPER` line (IRC was an earlier tool), and renamed two encodings whose tokens were earlier ideas (`…_base_runner_…`: '
      'numeral bases; `…_mix_order_…`: order books). Novelty is checked against these two READMEs only; older corpora may '
      'share a vendor, a syntax, a language or an idea.\n' % (
          len(deny['names']), len(deny['syntaxes']), len(deny['language_codes']), len(deny['language_names']),
          len(deny['earlier_encodings']), deny_status, len(__import__('checks269').PROSE_TOOL_TOKENS),
          len(__import__('checks269').GENERIC_SYNTAX_TOKENS), len(__import__('checks269').HAND_ENCODING_TOKENS)))
    # ---------------------------------------------------------------- files and counts
    A('## Files and counts\n')
    A('| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|')
    A('| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |' % (
        len(pos), len(pos), len({r['type'] for r in pos}), len({r['container'] for r in pos}), len(every), len(vend), len(pw), len(pr), len(pr)))
    A('| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings x 3 types |' % (len(ev), len(ev), len({r['type'] for r in ev}), len({r['container'] for r in ev})))
    A('| `negatives.jsonl` | %d | – | – | %d | %d classes |' % (len(neg), len({r['container'] for r in neg}), len({r['class'] for r in neg})))
    A('| `README.md` | – | – | – | – | rendered by `build.py` |')
    A('| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`, `earlier_encodings`) |\n')
    A('Schema: positives `id` (`p269-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly '
      'one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p269-e-NNNN`): '
      '`id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with `value`, `start`, `end`, '
      '`type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives (`p269-n-NNNN`): `id`, `class`, '
      '`container`, `text`, `source` (`negative`). Python code-point offsets with `text[start:end] == value`; UTF-8 JSON lines '
      'written with `ensure_ascii=False`.\n')
    wc = Counter(p[1] for p in positional269.P)
    A('**Scale.** Everyday 180 = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record per '
      'type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages (spares '
      'written down and unused: %s). Evasions 66 = 22 x 3. Negatives %d = 20 classes x %d records (two base kinds per class, '
      'shown plain and in three wrappers). Positives total %d (asked: 440–470). Strings drawn through the registry (values, '
      'vendor neighbours, evasion plains and runs): %d.\n' % (
          len(vend), len(pw), ', '.join('%s %d' % kv for kv in wc.most_common()),
          ', '.join('`%s` (%s)' % s for s in prose269.SPARES), len(neg), negatives269.PER_CLASS, len(pos), n_registry))
    # ---------------------------------------------------------------- conventions
    A('## Conventions\n')
    A('- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or '
      'protocol element – never the quotes, the key or the flag. For URL userinfo and colon pairs (`hg clone`, `ovftool vi://`, '
      '`wmiexec.py`, `ab -A`, dblink, the squid `login=`, the Asterisk `register =>` line, the lighttpd user file, '
      '`Buffer.from(\'user:…\')`, Elixir `Req`) only the part after the colon; for `bteq .LOGON host/user,VALUE` only what follows '
      'the comma; for byte captures (SASL PLAIN, SOCKS5 RFC 1929, PPP PAP) only the printable value after its escaped or hex '
      'length byte (the length bytes are real). Values pasted where they do not belong (Jira, Confluence, Notion, Keep, a vCard, '
      'a sticky-note OCR, a voicemail transcript, Freshdesk, a .docx part, Signal, Telegram, Slack, password-manager exports, '
      'terminal scrollback) are labelled.')
    A('- Owner-chosen passwords are a word of this world (%d words, letters only: %s …; no firm, host or person name) capitalised '
      'with probability 0.5 in everyday and vendor values and 0.3–0.35 elsewhere, + a joiner + a tail people of this trade use '
      '(2–4 digits or a year, a flock age in weeks such as `72wk`, a shed number such as `sh4`, or a letter and two digits such '
      'as a pen or lane `B12`). Everyday and vendor passwords use the joiners `- _ . ! @ + ~ # * =` (minus whatever the '
      'container cannot hold) and are checked against `^[A-Za-z][a-z]{2,}[-_.!@+~#*=](?:[0-9]{2,4}|[0-9]{2,3}wk|sh[0-9]{1,2}|'
      '[A-Z][0-9]{2})$`; positional, prose and evasion passwords use only `- _ .` and are checked against the same pattern with '
      'that joiner class; the word must be one of the list (checked). Values are never escaped: each container kind and vendor '
      'style declares the characters it cannot hold literally (quotes and `\\` in JSON, JS, PHP, Python, TOML and Nix strings, '
      '`$` where variables expand, `#` and `;` where comments start, `%%` in Hiera and batch files, `&<>` in XML, `,;\\` in '
      'vCards, `,"` in CSV, spaces where the value is bare) and a value is redrawn without them.' % (
          len(__import__('common269').WORLD_WORDS), ', '.join(__import__('common269').WORLD_WORDS[:30])))
    A('- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no '
      'negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one '
      'registry that refuses repeats, any string in a 6+ character substring relation with an earlier one and any non-v4 UUID. '
      'In positive texts the only password-form string is the labelled value, and evasion texts contain none (checked). A '
      'negative is redrawn if it contains a registered string of 6+ characters, a world word + joiner + tail (the password '
      'form, any case, joiners `- _ . ! @ + ~ # * = &`), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative.')
    A('- Structured values are valid and checked. Everyday: `CDV-` licences carry the real UPU S10 check digit (weights 8 6 4 2 3 '
      '5 9 7; asserted on the S10 example AA 47312482 9 GB); `SVX-` enrolment codes end in the real CAS-registry check digit '
      '(asserted on water 7732-18-5, ethanol 64-17-5, HCl 7647-01-0); `IOV-` activation codes end in the real GB 32100 '
      'unified-social-credit-code character (31-character alphabet, weights 3^i mod 31; asserted on 91350100M000100Y43 and '
      '91440300708461136T); `fdk_` keys end in the first five bytes of the real RIPEMD-160 digest (written by hand; asserted on '
      'the published digests of the empty string, `abc` and `message digest`, and against OpenSSL where `hashlib` offers it); '
      'hatch-portal tokens are real PASETO v2.local tokens (ChaCha20, HChaCha20, Poly1305 and the XChaCha20-Poly1305 AEAD written '
      'by hand, asserted on RFC 8439 2.3.2 and 2.5.2 and the XChaCha draft HChaCha20 vector; the nonce is keyed BLAKE2b of the '
      'message as the PASETO v2 spec says) that the check decrypts and authenticates with the build\'s key; Laravel keys are '
      '`base64:` + 32 bytes. These algorithms (S10 mod 11, CAS position-weighted mod 10, mod 31, RIPEMD-160, ChaCha20-Poly1305) '
      'differ from every check, hash, cipher and signature the two READMEs used or name as earlier. Vendor frames: the Home '
      'Assistant and monday.com tokens are real HS256 JWTs under a discarded key (verified); the Intercom token is Base64 of '
      '`tok:<UUIDv4 with underscores>:1:0`; the age identity is a real bech32 string with a valid checksum; every other vendor '
      'value is checked against a regular expression built from the same spec that generated it. Every UUID-shaped substring '
      'of every text is version 4, every JWT-shaped substring verifies and every PASETO-shaped substring decrypts. Negatives: '
      'GTIN-13/14 and SSCC-18 (asserted on 4006381333931 and 5000112637922), CAS, S10 and USCC numbers pass their real checks; '
      'WireGuard keys are real X25519 public keys (asserted on RFC 7748 Alice) checked to lie on Curve25519; age recipients are '
      'real bech32 (asserted on BIP 173 `a12uel5l`); scrypt hashes are real `hashlib.scrypt` output; digests are real digests of '
      'random bytes; bcrypt, Ansible Vault and age armour bodies are random in a real frame.')
    A('- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor secret (' +
      '; '.join('%s: %s' % (s[0], ' '.join(s[5][0])) for s in vendor269.S if s[5]) + '), and the user half of every user / '
      'password pair.')
    A('- Key names follow each container\'s own case style: upper, snake, camel, pascal, kebab (Spring), header (`X-…` in HAR, '
      'mitmdump and ESPHome request headers), title (the sticky-note OCR and password-manager titles), spaced (chats, tickets, '
      'notes, transcripts) and native (`~/.npmrc`, `~/.aws/credentials`, doctl, hcloud, the Hugging Face token file, the Stripe '
      'CLI, glab, `~/.gem/credentials`, SOPS `keys.txt` and CLI login commands keep their own fields). Everyday key names are '
      'the type\'s key words without the check-algorithm word (`CRACK_DETECTOR_LICENCE`, not `…_S10_…`); vendor key names are '
      'the full type name in the style\'s case; neighbour keys carry the vendor\'s first word.\n')
    # ---------------------------------------------------------------- categories
    A('## Categories (positives)\n')
    A('Everyday (12 types): ' + '; '.join('%s (%s)' % (_c(t[0]), t[2]) for t in everyday269.TYPES) + '.\n')
    A('Container kinds (45, key style in brackets): ' + ', '.join('%s (%s; %s)' % (_c(k[0]), k[1], k[2]) for k in everyday269.KINDS) +
      '. Pairing (seed 26911): the 45 kinds form 15 blocks of three; every block deals its own permutation of the 12 types, four '
      'to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets '
      'therefore also land in implausible places (a PASETO token in a vCard, a Laravel key in Node-RED).\n')
    A('Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the public '
      'gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape so the '
      'type is recognisable only from its key name, *owner* for owner-chosen portal passwords – the public neighbour if any, '
      'and the style):\n' % len(vend))
    for g, gdesc in vendor269.GROUPS.items():
        specs = [s for s in vendor269.S if s[1] == g]
        A('*%s* (%d): ' % (gdesc, len(specs)) + '; '.join(
            '%s (%s – %s%s – in %s)' % (_c(s[0]), vendor269.shape_desc(s), s[3],
                                        (' – next to it: ' + ' '.join(s[5][0])) if s[5] else '', _c(s[6])) for s in specs) + '.\n')
    sc = Counter(s[6] for s in vendor269.S)
    A('Vendor styles (%d, chosen per type for where that key lives): ' % len(vendor269.STYLES) + '; '.join(
        '%s (%s, %s, %s, %d)' % (_c(n), st[0], st[1], st[2], sc[n]) for n, st in vendor269.STYLES.items()) + '.\n')
    A('Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): ' % (
        len(positional269.P), positional269.PREFIX, ', '.join('%s `%s`' % kv for kv in positional269.WHERE.items())) +
      '; '.join('%s (%s, %s)' % (_c(positional269.PREFIX + p[0]), p[1], p[2]) for p in positional269.P) +
      '. None of them is among the syntaxes or names of either README (compared with and without the prefix; checked), no '
      'syntax name contains an earlier tool token (checked), and no positional text contains `pass`, `pwd` or `secret` in any '
      'case or a `pw` token (checked) – which rules out `--password`, `passwd`, `passphrase`, `-pw`, `PWD=`, `USERPWD`, '
      '`getpass`, NNTP `AUTHINFO PASS`, STOMP `passcode`, the NATS `pass` field and every tool that names the field; UI fields '
      'are the neutral `f1` / `f2`, and the two invented files call their column `issued`. Drafted and dropped to keep 110 and '
      'one syntax per mechanism: `browser_btoa_colon_pair` (same idea as the Node `Buffer.from` pair), `python_mega_login_second`, '
      '`evil_winrm_lower_p_after_lower_u`, `gobuster_capital_p_after_capital_u`, `firebird_isql_lower_p_after_user` (the `isql` '
      'token), `irc_oper_command_second_parameter` (IRC), `python_keyboard_library_write` (the `write` method of earlier typers), `keyboard_maestro_insert_by_typing_plist` (`maestro`), `nutjs_keyboard_type_call` (`type`).\n')
    A('Prose: someone gives a colleague the password of the grading-room PC at Westfold and asks them to keep it to '
      'themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down '
      'and unused: %s. None of them or the spares is among the languages of either README or on the hand list (checked: code '
      'against the codes, all deny-listed names and the hand list; name and every name word against the language names and the '
      'hand list). Scripts: %s. Every value is set off by whitespace on both sides (checked); Japanese and Mandarin, which do not '
      'separate words with spaces, and Ukrainian, Arabic, Bengali, Telugu and North Azerbaijani, where a comma or dash follows, '
      'have a space put before and after the value as people do around Latin text; Arabic, Persian and Urdu are right-to-left '
      'with the Latin value embedded; Persian, Urdu, Panjabi, Nepali, Armenian and Amharic put a copula after the value; the Persian and '
      'Telugu sentences contain a zero-width non-joiner inside a word, as typing produces, never next to the value.\n' % (
          prose269.TYPE, ', '.join(_c(f) for f in prose269.FORMATS), ', '.join('`%s` (%s)' % (l[0], l[1]) for l in prose269.L),
          ', '.join('`%s` (%s)' % s for s in prose269.SPARES), ', '.join(sorted({l[2] for l in prose269.L}))))
    # ---------------------------------------------------------------- evasions
    A('## Evasion encodings\n')
    A('; '.join('%s = "%s"' % (_c(n), e[2]) for n, e in enc269.ENCODINGS.items()) + '.\n')
    A('Families: ' + '; '.join('%s (%s)' % (e[0], _c(n)) for n, e in enc269.ENCODINGS.items()) + '.\n')
    A('Evasion types: ' + '; '.join('%s (%s)' % (_c(t[0]), t[2]) for t in evasions269.TYPES) + '; wordings: ' +
      ', '.join(_c(w) for w in evasions269.WORDINGS) + ' (container `<encoding>__<wording>`; encoding *i* and type *j* take '
      'wording (2*i* + *j* + 1) mod 3, so each encoding appears once per type and once per wording). Each text states what '
      'the answer is and the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark '
      '(checked). Plains use `[A-Za-z0-9._-]` (character codes 45–122, which every encoding here can carry); a plain is redrawn '
      'if it would appear inside its own run, if the run has outer whitespace or a newline, if the run holds a password form, '
      'or if the registry refuses plain or run.\n')
    A('Encoders are in `enc269.ENC`; the rng adds only what the answer does not depend on (the boxes and skips, box sizes and '
      'order, the strip letters, the drop and the other limits, the can and needs, the spread of the serials, the egg rows, the '
      'filler days, the repeated tags, the innings, the sheet numbers, the piles, the crates, the riddle numbers, the digit runs, '
      'the trays, the shelves, the sacks, the counter rows, the sheds and drives, the cartons and the cut prices); several '
      'encoders search (random local search or rejection) until the answer fits. The decoder `dec269.decode` gets only the '
      'encoding name and the run, imports nothing from the encoder or `common269` (only `itertools`, `re`, `collections` and '
      '`fractions`) and works every answer out its own way where that is practical: all subsets of the nest boxes (the encoder '
      'runs a right-to-left recursion), a recursive enumeration of box mixes (the encoder uses the coin-change table), all '
      'position combinations for the spelled word (the encoder counts with a running table), the auction tick by tick, the '
      'farmhand step by step, a set difference, every substring for the palindromes (the encoder expands around centres), a '
      'scan for the highs, a counter for the once-only tags, bases kept as three flags (the encoder keeps runner positions), '
      'every stretch summed (the encoder uses prefix sums), re-sorting after every smash (the encoder inserts in order), trays '
      'moved one at a time (the encoder sums carries), exact fractions for the riddles, a circular scan for the digits, the '
      'all-but-one moves simulated (the encoder uses sum minus n times the minimum), the shelves raised one box at a time, every '
      'possible sack level tried (the encoder sorts), the boundary costs, each vehicle driven shed by shed, the cartons emptied '
      'round by round (the encoder sorts the rows) and every order of the cuts (the encoder takes the dearest cut first). Every '
      'pair was round-tripped while writing on every single code 45–122 and on 30 random `[A-Za-z0-9._-]` plains of length '
      '2–24 per encoding (0 failures in the end; the round trips found that the riddles '
      'could not reach prime codes above 60 with small flocks – the egg count now carries the factor –, that the palindrome, '
      'stretch and spelling searches were too slow by rejection – they now use a local search – and that the spelling search '
      'could get stuck on strips too short for large codes); at build time every span is decoded back to its `plain` (checked).\n')
    A('Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every '
      'encoding of both READMEs and every item of their avoided lists (numeral bases, escapes, ciphers, signalling codes, '
      'look-alikes, chaff, shuffles, code expressions, powers, primes, squares, Fibonacci, residues, GCDs, midpoints, check-digit '
      'disguises, calendars and clocks, lookup tables, the games already used, physical laws and unit conversions, matrices, '
      'equations, progressions, magic grids, shortest paths, spanning trees, critical paths, flows, geometry, knapsacks, '
      'assignments, queues, stacks, heaps, Huffman, LRU, first fit, FIFO, rain water, histograms, maximum subarrays, flood '
      'fill, medians and means, handshakes, the pigeonhole principle, fence posts, interest, alligation, tariffs and caps, '
      'inversions, edit distances, grid path counts, Josephus, Hanoi, tally marks, Roman numerals, D\'Hondt, Vickrey, '
      'word wrap, order books, Petri nets, tag systems, L-systems, Collatz, Recamán, the rest). Also set aside here: the '
      'egg-drop puzzle (its answers are triangular or binomial sums), a Luhn-free "count the rises" (its values need very long '
      'lists), a coin-count minimum (a knapsack), a dense-rank step count (the "reduce to the next largest" puzzle is a '
      'dense-ranking sum, set aside by p266), the frogs-and-toads sliding puzzle (prime codes cannot be reached), a middle-pick '
      'three-way split (next to the snake draft), a mark-the-neighbours pick (next to the nest boxes), a self-raising hop trail '
      '(set aside by p267), an IRC-free chat bot and a leaky ladder rung count (fence posts). Close relatives remain and a '
      'scorer may count them as the same idea: the nest boxes are a small dynamic programme next to the earlier knapsack; the '
      'box mixes count like the earlier change-making ideas (Frobenius numbers were set aside); the spelling and palindrome '
      'counts are string scans next to the earlier distinct window and pattern puzzles; the Dutch auction is an auction next to '
      'the set-aside Vickrey; the watering round is a capacity walk next to the earlier refuelling; the crate rebalancing and '
      'the two top-up rules are levelling arithmetic next to the earlier candy passing; the once-only sum and the running highs '
      'are simple scans; the base running is sports scoring next to the earlier cricket and tennis; the stretch count is a '
      'counting puzzle next to the earlier complementary pairs; the smash game, the carton pick-off and the cutting order are '
      'greedy processes next to the earlier greedy capital growth; the riddle is proportion arithmetic next to the earlier '
      'costing rules; the collection rounds are route arithmetic next to the earlier refuel trips.\n')
    # ---------------------------------------------------------------- negatives
    A('## Negative classes\n')
    A('| class | records | base kinds | what is in it |\n|---|---|---|---|')
    nc = Counter(r['class'] for r in neg)
    for cname, desc, bases in negatives269.CLASSES:
        A('| %s | %d | %s | %s |' % (_c(cname), nc[cname], ', '.join(_c(b[0]) for b in bases), desc))
    A('\nEach base kind appears plain and wrapped ' + ', '.join(_c(w[0]) for w in negatives269.WRAPPERS if w[0]) +
      ' (container `<base kind><wrapper>`); the wrappers add a forwarded Signal message, a Jira attachment note and a '
      'noticeboard heading whose words say the content is public or holds no logins, without adding a value.\n')
    # ---------------------------------------------------------------- checks
    A('## Checks run by build.py\n')
    A('- Self-test: `common269.selftest` re-asserts the published vectors of every hand-written algorithm (S10, CAS, USCC, GS1 '
      'mod 10, RIPEMD-160 and the OpenSSL cross-check, ChaCha20 block, HChaCha20, Poly1305, X25519, bech32, a PASETO round trip '
      'and a wrong-key rejection) in every build.')
    A('- Deny-list: `brief_names.json` is loaded; if `/tmp/brief269/` exists it is re-extracted and must be identical (%s). Every '
      'everyday type and kind, vendor type and style, positional syntax and where label, prose type and format, evasion type, '
      'wording and encoding, negative class, base kind and presentation, and every container, span type, encoding and class '
      'actually used in the records, is compared lower-cased, as a whole and by every `__` part, against all deny-listed names; '
      'every syntax (from the module and from each record\'s type with `%s` stripped) against the earlier syntaxes and all '
      'names and, token by token, against the earlier tool tokens; every encoding, token by token (plurals folded), against the '
      'earlier idea tokens; every prose language code and spare against the codes, all names and the hand list, its name and '
      'name words against the language names and the hand list.' % (deny_status.rstrip('.'), positional269.PREFIX))
    A('- Ids `p269-s-NNNN`, `p269-e-NNNN`, `p269-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one '
      'span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its '
      'text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record\'s; sources as '
      'specified.')
    A('- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with containers '
      '`<type>__<style>` of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, '
      'evasions 66 = 22 encodings x 3 types x 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative '
      'text, span types of the five sources pairwise disjoint.')
    A('- Shapes: everyday values by type (password regex and word list, S10 digit, CAS digit, mod-31 character, RIPEMD-160 '
      'tail, PASETO decryption and claim set with a UUIDv4 `jti`, Laravel key length); vendor values against the regular '
      'expression built from each spec plus the frame validators (HS256 signatures, the Intercom Base64 body, the age bech32 '
      'checksum); positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional '
      'texts; prose values set off by whitespace; no other password-form string in a positive text; evasion plains by type; '
      'evasion layout (rule text, `:` newline, run line, one remark line).')
    A('- Container syntax: the JSON everyday kinds (Shinobi, appsettings, VS Code settings, devcontainer, HAR, Keep, Freshdesk) '
      'and vendor styles (Hoppscotch, httpyac, Enpass, Telegram, Slack, the decrypted Node-RED credentials and the '
      'CloudFormation parameters after their command line), the Alfred snippet and the two JSON-RPC bodies with `json`; the TOML '
      'ones (viper config, Cargo config, ChirpStack, hcloud, the Stripe CLI) with `tomllib`; the .docx part with `xml.etree`; the RoboForm, Firefox and Chrome exports with `csv` and their column counts – all with '
      'the value in place.')
    A('- Every evasion run decodes with `dec269.decode` to its `plain`, the run never contains its plain, and the rule text is '
      'in the record.')
    A('- No value is reused; each occurs exactly once across all three files; no evasion plain appears in any text; no negative '
      'contains a positive value, neighbour or plain, a password form or a JWT-shaped string; every UUID-shaped substring of '
      'every text is version 4; every JWT-shaped substring verifies; every PASETO-shaped substring decrypts; the GS1, CAS, S10 '
      'and USCC numbers in the negatives pass their checks; the WireGuard keys lie on Curve25519 and the age recipients pass '
      'bech32; the fixtures fail their checks.')
    A('- Determinism: everything (the PASETO and HS256 keys included) is generated twice in one process; the three JSONL files '
      'and this README must be byte-identical, and the JSONL bytes must parse back to the same records.')
    caught = sum(1 for _, ok in mut_results if ok)
    A('- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. '
      'Clean run errors: 0.\n' % (len(mut_results), caught, len(mut_results),
                                  ', '.join('`%s` (%s)' % (n, 'caught' if ok else 'MISSED') for n, ok in mut_results)))
    # ---------------------------------------------------------------- guesses
    A('## Shapes you had to guess\n')
    for src, head in (('read', '*Read this session* in the public gitleaks or Kingfisher rule files; nothing copied; every value '
                               'generated; where a rule gives only a prefix, a case-insensitive class or a length range, the '
                               'exact length, split and case are mine'),
                      ('believed', '*Believed* from memory of public rule sets and vendor documentation, not re-checked this session'),
                      ('guessed', '*Guessed* (no published format known to the builder; length and alphabet only, so the type is '
                                  'recognisable only from its key name)'),
                      ('owner', '*Owner-chosen passwords* (a portal or equipment-maker login the owner picked)')):
        specs = [s for s in vendor269.S if s[3] == src]
        A('%s (%d): ' % (head, len(specs)) + '; '.join('%s (%s%s)' % (_c(s[0]), vendor269.shape_desc(s), ('; ' + s[4]) if s[4] else '')
                                                        for s in specs) + '.\n')
    A('Also invented or partly guessed: the everyday layouts `CDV-` (a real S10 check digit inside an invented licence), `SVX-` '
      '(the CAS rule over nine digits, longer than any real CAS number), `IOV-` (the GB 32100 rule over 17 arbitrary characters '
      'of its alphabet, where a real code has a registration authority, region and organisation structure) and `fdk_` '
      '(RIPEMD-160 tail) are invented; the PASETO v2.local token and the Laravel key are real formats used for their real '
      'purpose (the claim set is mine). The evasion prefixes `GES-` and `fla_` and the two positional files (roster and '
      'operator list) are invented. Vendor layouts least sure: the Samsara `samsara_api_` length, the Ecwid `secret_` and '
      'SumUp `sup_sk_` bodies, the Mollie `live_` length, the Pushover `a`/`u` heads, the Stripe restricted-key length (99), '
      'the Google `GOCSPX-` length, the New Relic `NRAL` licence tail, The Things Stack `NNSXS.` key, the LangSmith and '
      'Pinecone layouts, the Klaviyo `pk_` and PostHog `phx_` bodies, the Intercom Base64 body, the Home Assistant claim set, '
      'the monday.com claim names, the CircleCI character classes, the AWS secret alphabet and the Alibaba case. Positional '
      'syntaxes are all from memory; least sure: `sipp -ap`, `ilorest login -p`, `exaplus -p`, `openfortivpn -p`, the '
      '`conan remote login -p` form, `ibmcloud login -p`, `bcachefs unlock` and `argon2` reading a pipe, `keyctl padd` from a '
      'pipe, `pyhdb.connect` and `pg8000.native.Connection` argument orders, the napalm driver order, `URL.create` positions, '
      'Octocrab `basic_auth`, Mechanize `add_auth`, the Keycloak `getInstance` order, the Power Automate Desktop, enigo, '
      'Alfred, Gauge, Karate and Geb forms, Nightwatch `updateValue`, WebdriverIO `addValue`, the OPENROWSET '
      'semicolon form, BTEQ `.LOGON`, Neo4j `createUser`, the tinyproxy `BasicAuth` line, the squid `login=` option, the '
      'Asterisk `register =>` line, the ntp.keys field order, SIMCom `AT+CSTT`, the LuCI RPC `login` call, the Teltonika FMB '
      'SMS order, the Deluge `auth.login` call and the PPP PAP byte layout. Negatives: bcrypt, Ansible Vault and age armour '
      'bodies are random in frame; the reCAPTCHA, Stripe publishable and Firebase key shapes follow the look of real ones; '
      'LoRaWAN payloads are random bytes; CPH numbers and producer codes have no check.\n')
    # ---------------------------------------------------------------- judgement calls
    A('## Judgement calls\n')
    A('- Everyday: six owner-chosen passwords (shed climate controller, setter panel, grader supervisor, egg-stamp printer, '
      'farm-gate vending machine, chick-lorry logger) and six generated secrets (S10 `CDV-` licence, CAS `SVX-` enrolment code, '
      'mod-31 `IOV-` activation code, RIPEMD-160 `fdk_` key, PASETO v2.local token, Laravel APP_KEY). S10 is a weighted mod-11 '
      'check and CAS a position-weighted mod 10, relatives of the earlier ISBN-10, ISO 7064 and weighted-digit families; the '
      'USCC character is a weighted mod-31 remainder like the earlier mod-23 and mod-26 letters; RIPEMD-160 is a cryptographic '
      'hash used as a checksum, which a scorer may file with the earlier SHA-512/256, BLAKE2s and Keccak tails; PASETO is a JWT '
      'alternative (the brief suggested a JWT; every JWS family was already used, so the everyday token is a PASETO and the two '
      'JWTs are vendor tokens). The Laravel key has no check at all: only its prefix, alphabet and length say what it is. The '
      '`CDV-`, `SVX-` and `IOV-` positives share their algorithms with public numbers in the negatives (S10 tracking numbers, '
      'CAS numbers of disinfectants, supplier credit codes) – a deliberate trap for shape-only detectors. Key names in everyday '
      'files say password / licence / code / key / token – that is how such files look; the key-name-free cases are in the '
      'positional source.')
    A('- Vendor: most trade services (Porphyrio, Maximus, Hotraco, Agrologic, Tive, meteoblue, Xweather, OptimoRoute, Tuya, '
      'Arduino Cloud, balena, Netatmo, Roboflow) publish no token format the builder knows, so their types are recognisable only '
      'from the key name (part of the test); fifteen vendor types carry owner-chosen passwords of assurance schemes, registers '
      'and equipment makers. Same-shape traps: UUIDv4 secrets (Agrologic, Postmark, Snyk, Shortcut) against UUIDv4 request ids '
      'in the negatives; hex secrets (Porphyrio, Tive, Tuya, Twilio, PagerDuty, Rollbar, Datadog, Cloudflare, Linode, Together) '
      'against the digests; the `AIza` Gemini and Maps server keys against the referrer-restricted Firebase browser key; '
      '`pk_live_` in the negatives against `rk_live_` in the positives. Ids next to a secret stay unlabelled as the public half '
      'of a pair – arguable for the AWS and Alibaba access key ids, the Twilio account SID, the Tuya access id and the client '
      'ids, which some owners treat as sensitive. The Intercom token decodes to a readable frame; the age identity is written '
      'next to its public key.')
    A('- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a '
      'scorer may count them as the same place: Signal, Telegram and Slack next to the earlier WhatsApp, Zoom, Discord, Teams '
      'and Element chats; Enpass, RoboForm, Firefox and Chrome exports next to the earlier LastPass, Bitwarden, KeePass, Proton '
      'Pass and 1Password exports; Jira, Freshdesk and Confluence next to the earlier GitHub, Linear, Redmine and ServiceNow '
      'notes; Notion and Keep next to Joplin, Evernote and Obsidian; the .docx part next to the earlier xlsx sharedStrings; the '
      'Spring YAML next to the Quarkus properties; `.env.local`, `.kamal/secrets` and the bashrc exports next to the earlier '
      'direnv and dotenv files; Dokku, Railway, render.yaml and App Engine next to the earlier Heroku, Vercel and Doppler '
      'captures; Concourse and TeamCity next to the earlier CI files; the Kubernetes Secret and ConfigMap next to kustomize and '
      'Helm; the OpenRC conf.d file next to the earlier systemd units; mitmdump and the HAR export next to the earlier DevTools '
      '\'Copy as fetch\'; the Node-RED, ESPHome and ChirpStack files next to the earlier Signal K, openHAB and Zigbee2MQTT '
      'files; the terminal scrollback next to the earlier shell histories.')
    A('- Passwords: labelled when the value logs in or connects (SQL Server, RabbitMQ, XMPP servers, Couchbase, Neo4j, '
      'Mercurial, SIP, RDP, iDRAC, iLO, vSphere, Hive, SAP HANA, Exasol, FortiGate, WMI, HTTP basic auth in many libraries, a '
      'Windows account, Composer, Poetry, NuGet, Conan, IBM Cloud, PostgreSQL through pg8000, SQLAlchemy, dblink and PDO, Odoo, '
      'WordPress, Matrix, Kafka SASL, SOCKS5, PPP PAP, a GPRS APN, OpenWrt LuCI, a Teltonika tracker, Deluge, DB2, Teradata, '
      'linked SQL Server logins, Access through OPENROWSET), creates or stores an account (rabbitmqctl, ejabberdctl, '
      'prosodyctl, `net user`, Neo4j `createUser`, the tinyproxy, squid, Asterisk, ntp and lighttpd files, two invented files, '
      'the kernel keyring, systemd-creds, rclone obscure), unlocks or derives (bcachefs, scrypt, Argon2 in Go and on the command '
      'line, sudo, SecureString) or is typed by automation (AutoIt, WebdriverIO, Nightwatch, CodeceptJS, Flutter tests, Angular '
      'tests, Gauge, Karate, Watir, Power Automate Desktop, enigo, Alfred, VBoxManage, WSH SendKeys, Selenide, Geb, '
      'iMacros, GNU screen, Xamarin.UITest, Expect, pexpect, a clipboard here-string). Weakest kept cases, with a hint nearby: '
      'the scrypt and Argon2 calls (the value is being derived), `rclone obscure` (it prints an obscured copy), `systemd-creds '
      'encrypt` and `keyctl padd` (the value is being stored), the ntp.keys line (a symmetric key people choose like a '
      'password), the Alfred snippet (a text expander that types it) and the two invented files (the column is called '
      '`issued`). Closest relatives of earlier syntaxes, kept because the tool, library or mechanism differs: the URL-userinfo '
      'forms (hg, ovftool, dblink) next to the earlier git, psql, pip and FEDERATED forms; the `-u` / `-p` pairs of new tools '
      'next to the earlier pairs; `AT+CSTT` next to the earlier `AT+CWJAP`, `AT+CGAUTH` and `AT+QICSGP`; SASL PLAIN, SOCKS5 and '
      'PAP bytes next to the earlier rexec, MQTT and PostgreSQL bytes; the JSON-RPC `params` logins next to the earlier '
      'TeamSpeak and LMS login lines; the basic-auth calls next to the earlier requests, httplib2, RestAssured, Fuel, sttp and '
      'superagent calls; MQTTnet `WithCredentials` next to the earlier MQTT libraries; the GUI drivers next to the earlier '
      'Playwright, Cypress, Puppeteer, UiPath, Katalon, Testing Library and Vue Test Utils calls (different frameworks, several '
      'with a similar method shape); Expect and pexpect next to the earlier telnet pipe; `pbcopy` next to nothing earlier. Left '
      'out: everything whose own text says pass / pwd / secret / pw, FTP, POP3, IMAP, SMTP, LDAP, SMB, SSH, Redis, Mongo, '
      'Cassandra, MySQL, Oracle and SNMP logins, archive flags, PKCS#12 imports, Wi-Fi keys, registry logins, IRC, game RCON '
      'consoles and the tools the READMEs already used.')
    A('- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for German, '
      'French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Swedish, Danish, Norwegian Bokmål, Afrikaans, Esperanto, '
      'Romanian, Croatian; modest for Slovak, Slovenian, Bulgarian, Ukrainian, Macedonian, Latvian, Albanian, Welsh, Maltese, '
      'Japanese, Mandarin Chinese, Vietnamese, Standard Arabic, Iranian Persian, North Azerbaijani; low for Belarusian, Urdu, '
      'Bengali, Panjabi, Telugu, Nepali, Armenian, Georgian, Amharic, Somali (word choice, loans, diacritics and word order '
      'unchecked). Loan words (password, पासवर्ड, পাসওয়ার্ড, ਪਾਸਵਰਡ, పాస్‌వర్డ్, پاس ورڈ, il-password) are kept as people use them. '
      '`arb` is Modern Standard Arabic, `pes` Iranian Persian, `npi` Nepali (individual language), `azj` North Azerbaijani, '
      '`nob` Norwegian Bokmål, `cmn` Mandarin written in simplified characters.')
    A('- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the spelling, palindrome '
      'and stretch counts are long and tedious; the cutting order wants care). The runs look like open-day quiz cards, '
      'newsletter brainteasers and break-time puzzle sheets, and genuine twins sit in the negatives '
      '(`genuine_poultry_puzzle_worksheets`: worked nest-box, auction and top-up answers), so a detector that flags the look is '
      'flagging the look, not the content. Several runs contain the answer as one of their numbers by design (the highest '
      'limit can equal the hammer price, a once-only tag can be the code, a running high can be the code): finding which number '
      'is the puzzle. Runs reach a few thousand characters and an entropy detector may flag some of them.')
    A('- Negatives: GTINs, SSCCs, CAS, S10 and USCC numbers carry real checks (three of them the very algorithms of the '
      'positives); the WireGuard keys and age recipients are real public keys; the bcrypt and scrypt strings are one-way hashes '
      'in a column called `password` (a trap); the Stripe publishable key, the reCAPTCHA site key and the referrer-restricted '
      'Firebase browser key are public by design (some treat a Firebase key as sensitive); the `.env.example` and Helm template '
      'use this corpus\'s own key names with placeholders (a trap for key-name-only detectors); masked previews keep at most '
      'four characters; Key Vault references, ARNs and `op://` references are pointers; Ansible Vault and age armour are '
      'ciphertexts whose key is elsewhere; order, payment-intent, charge and payout ids are identifiers. The most arguable class '
      'is `failed_check_licence_code_fixtures` (this corpus\'s own layouts with deliberately broken checks, in tests and a reject '
      'log – no such code can be in use, but a shape-only detector will flag them). Digests, hashes, ciphertexts and payloads '
      'are high-entropy on purpose.')
    A('- Hosts: every host of the invented world is under `.example` or in the private ranges; vendor endpoints keep their '
      'real domains where a file would name them (js.stripe.com, registry.npmjs.org, cloud.ibm.com, gitlab.com, '
      'mcr.microsoft.com, a `*.vault.azure.net` vault, a `*.firebaseapp.com` project and a `*.apps.googleusercontent.com` client '
      'id carry the world\'s own tenant names).\n')
    # ---------------------------------------------------------------- sources
    A('## Sources consulted\n')
    A('- The two READMEs in `/tmp/brief269/` (p266 and p267), for format and coverage only. The detector was not opened, listed '
      'or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory '
      'except `/tmp/scratch269/` and the shell tool\'s own job directories for two of the builder\'s commands was looked at.')
    A('- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks '
      'default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `%s`) and the public Kingfisher rule files '
      '(`mongodb/kingfisher`, `data/rules/*.yml`, commit `%s`), each brought in with the search tool\'s `fetch` and extracted '
      'into `/tmp/scratch269/`, for the vendor types marked *read* above. The remaining shapes, every positional syntax, every '
      'prose sentence and every puzzle rule come from the builder\'s memory and are marked as believed or guessed where it '
      'matters. Published test vectors used in asserts (from memory, all passing; RIPEMD-160 also against OpenSSL, and '
      'ChaCha20-Poly1305 and X25519 cross-checked once in scratch against the `cryptography` package): the UPU S10 example '
      'AA473124829GB, CAS 7732-18-5, 64-17-5 and 7647-01-0, the USCC codes 91350100M000100Y43 and 91440300708461136T, GTINs '
      '4006381333931 and 5000112637922, RIPEMD-160 of "", "abc" and "message digest", RFC 8439 2.3.2 (ChaCha20 block) and 2.5.2 '
      '(Poly1305), the XChaCha20 draft HChaCha20 vector, RFC 7748 (X25519, Alice), BIP 173 `a12uel5l`; the 17 disinfectant CAS '
      'numbers in the negatives are real and pass the check.' % (GITLEAKS, KINGFISHER))
    A('- Python\'s standard library (`hashlib` for SHA-1/256, BLAKE2b, scrypt and the optional OpenSSL RIPEMD-160, `hmac`, '
      '`base64`, `json`, `re`, `csv`, `tomllib`, `xml.etree`, `fractions`, `itertools`, `collections`) computes digests, HMACs '
      'and encodings and parses the containers; S10, CAS, USCC, GS1, RIPEMD-160, ChaCha20, HChaCha20, Poly1305, the AEAD, '
      'PASETO, HS256 JWTs, X25519, bech32, every encoder and every decoder are written by hand.')
    return '\n'.join(L) + '\n'
