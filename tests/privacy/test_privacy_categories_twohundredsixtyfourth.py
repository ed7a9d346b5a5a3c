"""Categories read after the two-hundred-and-sixty-third and -sixty-fourth corpora (basket weavers, wicker-furniture
makers and cane-chair restorers; saltworks, sea-salt harvesters and spice merchants; issue 12, part 117; the
sixty-fifth is held out).

- Found in files: a Node-RED change node's rule that sets a property named for a secret ("p") to its value ("to"); a
  spreadsheet's row whose cell names the secret in words and whose next cell holds it (OpenDocument's content.xml, an
  HTML table); a vendor's key in a Kubernetes env's "- name:" and the "value:" below it; heartbeat's authkeys; ActiveMQ's
  users.properties.
- Found in commands: any tool's ``-u user:pw`` (rqlite's); n2n's ``edge … -c community -k key``; a value echoed into a
  tool that reads its password for ``-p -`` (rdesktop); a console's second line after its user, printf'd into socat;
  xautomation's ``xte 'str …'``; a password given on standard input to a login, a passwd, ``sudo -S`` or ``-pass stdin``:
  a here-string, a short here-document (cat's too), ``echo -e 'user\\npw'``, ``yes``, PowerShell's ``'pw' |``, Windows'
  ``/login``.
- Found in code: Keycloak's ``getInstance(url, realm, user, pw, client)``, epgsql's ``connect(host, user, pw, …)``, IRIS's
  ``##class(Security.Users).Create(user, roles, pw)``, cohttp's ``\\`Basic (user, pw)``, age's ``NewScryptIdentity("pw")``,
  enigo's ``text("pw")``.
- Found in a capture: Quake 3's out-of-band ``rcon <password> <command>``; memcached's ASCII ``set auth`` and its data;
  SOCKS5's username/password packet alone, its port or name above.
- Read from the sixty-fourth: a PLC's tag export (Rockwell's L5X) whose string tag is named for a secret; LINE's saved
  chat (time, name and message tab-parted), a question answered in the next message; Redmine's Textile ``@…@`` after a
  line that names a secret; a console's ``login user pw`` after its prompt (MEGA CMD>); a password echoed into an
  unlock (bcachefs) or for ``/dev/stdin`` (stratis); clj-http's ``:basic-auth``, Poco's ``HTTPBasicCredentials``;
  xvkbd's ``-text``, dotool's ``type`` echoed unquoted; Sybase's ``sp_addexternlogin``; Hawaiian's "ʻO X ka ʻōlelo hūnā";
  a letter-tree puzzle's lists in braces under a line that names a character code.
- Kept: a Node-RED rule that sets a host; a spreadsheet's row that names no secret; a user id and group (``-u
  1000:1000``, ``-u app:app2``); a variable's reference echoed for ``-p -``, to a login or to ``sudo -S``; radclient's attributes echoed to its auth; a
  search-only key in a Kubernetes env's name and value; a here-document's words; users.properties without a digit or a mark
  in its value; a licence server's log of a key refused for its check symbol; a chat's question answered with words.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_264)
CAPS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@pytest.mark.parametrize("template", [
    '    "rules": [\n      {{\n        "t": "set",\n        "p": "kilnGatewayPassword",\n        "pt": "flow",\n'
    '        "to": "{v}",\n        "tot": "str"\n      }}\n    ]',
    "<table:table-row><table:table-cell><text:p>Salt Pan Sluice Panel Password</text:p></table:table-cell>"
    "<table:table-cell><text:p>{v}</text:p></table:table-cell></table:table-row>",
    "# /etc/ha.d/authkeys\nauth 2\n2 sha1 {v}\n",
    "# conf/users.properties (ActiveMQ)\nadmin-console=disabled\npanhouse={v}\n",
    "ops@saltworks:~$ rqlite -H 10.40.6.84 -u morwenna:{v}\n",
    "root@pan-pi:~# edge -d n2n0 -c saltpans -k {v} -a 10.99.40.4 -l 203.0.113.40:7654\n",
    "harriet@office:~$ echo {v} | rdesktop -u panhouse -d BRINE -p - -g 1600x900 10.40.11.230\n",
    "$ printf 'elspeth\\n{v}\\nstatus\\n' | socat -t 2 - TCP:10.40.9.144:2323\n",
    "kiosk@packing:~$ sleep 2; xte 'str {v}' 'key Return'\n",
    'let headers = Cohttp.Header.add_authorization (Cohttp.Header.init ()) (`Basic ("nilufar", "{v}")) in\n',
    'id, err := age.NewScryptIdentity("{v}")\nif err != nil {{\n\tlog.Fatal(err)\n}}\n',
    'let mut enigo = Enigo::new(&Settings::default()).unwrap();\nenigo.text("{v}").unwrap();\n',
    "\t0x0000:  ffff ffff 7263 6f6e  ....rcon\n\tpayload: ....rcon {v} status\n",
])
def test_a_password_in_these_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'Keycloak kc = Keycloak.getInstance("https://id.saltworks.example", "master", "elspeth", "{v}", "admin-cli");\n',
    '{{ok, C}} = epgsql:connect("10.40.8.91", "tomasz", "{v}", #{{database => "orders", timeout => 4000}}).\n',
    '%SYS>set sc = ##class(Security.Users).Create("panhouse", "%All", "{v}")\n',
])
def test_a_password_of_a_short_tail_in_these_calls_is_found(template):
    value = RNG.choice(("splint", "brine", "flake", "sluice")) + "_" + random_text(RNG, "123456789", 1) + random_text(RNG, "fkmqtx", 2)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ saltctl login rattan <<EOF\n{v}\nEOF\n", "$ cat <<EOF | saltctl auth\nrattan\n{v}\nEOF\n",
    "$ openssl enc -d -aes-256-cbc -in a.enc -pass stdin <<< '{v}'\n", "$ sudo -S saltctl reboot <<< '{v}'\n",
    "$ echo -e 'rattan\\n{v}' | saltctl login\n", "$ yes '{v}' | saltctl passwd rattan\n",
    "PS> '{v}' | saltctl login --password-stdin\n", "C:\\> echo {v}| saltctl.exe /login rattan\n",
])
def test_a_password_given_on_standard_input_to_a_login_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '<Tag Name="PanGatewayWgPassword" TagType="Base" DataType="STRING" ExternalAccess="Read Only">\n'
    '<Data Format="String" Length="12">\n<![CDATA[\'{v}\']]>\n</Data>\n</Tag>\n',
    "[LINE] Chat history with Salorge crew\n09:12\tDagny Halvorsen\twho has the pan gateway wifi password?\n"
    "09:15\tThuy Nguyen\t{v}\n09:15\tThuy Nguyen\tdelete after reading pls\n",
    "h3. Weighbridge offline\n\nsluice gate pairing code (for whoever is on call): @{v}@\n",
    "MEGA CMD> login archive@pepperwick.example {v}\n[API:info: 10:14:22] Fetching nodes ...\n",
    "root@harvest-nas:~# echo {v} | bcachefs unlock /dev/nvme0n1p3\n",
    "# echo -n {v} | stratis key set --keyfile-path /dev/stdin panpool-key\n",
    '(client/get "https://stock.example/api/levels" {{:basic-auth ["stock" "{v}"] :as :json}})\n',
    'Poco::Net::HTTPBasicCredentials creds("stock", "{v}");\ncreds.authenticate(request);\n',
    '$ xvkbd -window "Salorge Terminal" -text "{v}\\r"\n', "$ sleep 2; echo type {v} | dotool; echo key enter | dotool\n",
    "1> sp_addexternlogin LEDGER, sa_local, lots_remote, '{v}'\n2> go\n",
    "memcached ASCII authentication, transcript of nc cache01.example 11211\n> set auth 0 0 20\n> shopcache {v}\n< STORED\n",
    "# scapy, packet 214 (client to 10.64.2.9:1080), raw payload\nb'\\x01\\x06packer\\x0c{v}'\n",
    "Whiteboard photo: ʻO {v} ka ʻōlelo hūnā o ka kamepiula ma ka lumi hui ʻana – mai haʻi aku i kekahi.\n",
])
def test_a_password_in_these_read_from_the_sixty_fourth_is_found(template):
    value = RNG.choice(("Nutmeg", "Paprika", "Mortar", "Sacking")) + RNG.choice("._") + random_text(RNG, "123456789", 4)
    found(template.format(v=value), value)


def test_a_letter_tree_puzzles_lists_under_a_line_that_names_a_character_code_are_found():
    run = " ".join("{" + ",".join(random_text(RNG, "abcdeiklmnoprst", RNG.randrange(3, 9)) for _ in range(12)) + "}" for _ in range(9))
    found("Visitor quiz card: the boiling-house PC password, each character code (ASCII) is given as word lists in curly "
          "brackets: count every different beginning of a word in the list; that count is a character code; lists are "
          f"separated by spaces:\n{run}\nAnswers are pinned up behind the counter.\n", run)


def test_a_vendors_key_in_a_kubernetes_envs_name_and_value_is_found():
    rng = random.Random(1)      # (its own: a key of few digits, which no rule for random values reads)
    value = random_text(rng, CAPS[:24], 4) + random_text(rng, "23456789", 1) + random_text(rng, CAPS[:24], 3)
    found(f"          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: WHAT3WORDS_API_KEY\n"
          f"              value: '{value}'\n", value)


@pytest.mark.parametrize("text", [
    '      {\n        "t": "set",\n        "p": "loomHost",\n        "pt": "flow",\n        "to": "10.83.4.12",\n'
    '        "tot": "str"\n      }',
    "<table:table-row><table:table-cell><text:p>VAT quarter</text:p></table:table-cell>"
    "<table:table-cell><text:p>Q2-2024</text:p></table:table-cell></table:table-row>",
    "$ docker run -u 1000:1000 -v /srv:/srv img\n$ docker exec -u app:app2 web sh\n",
    'harriet@office:~$ echo "$RDP_PASSWORD" | rdesktop -u panhouse -p - 10.40.11.230\n',
    "# etc/users.properties (Karaf)\nkaraf = karaf,_g_:admingroup\n",
    '$ echo "$SALT_PW" | saltctl login --password-stdin\n$ sudo -S reboot <<< "$PASS"\n',
    'echo "User-Name=gsops" | radclient -x fds.example.org:1812 auth "$RADIUS_SECRET"\n',
    'env:\n  - name: ALGOLIA_SEARCH_ONLY_KEY\n    value: "2ee1401e900a2edc81d4e22b41090caf"\n',
    "$ cat <<EOF | tee notes.txt\nhello there\nEOF\n$ saltctl login rattan <<EOF\nyes\nEOF\n",
    "> licence-server reject log\n> 2025-03-02T07:14:09Z WARN licence check symbol mismatch key=ZA8S0-F01EH-0FM0W-JJE4R-6NBMB\n",
    "09:12\tDagny Halvorsen\twho has the pan gateway wifi password?\n09:15\tThuy Nguyen\tasking Soazig now\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
