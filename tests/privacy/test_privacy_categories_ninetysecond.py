"""Categories read after the ninety-second and ninety-fourth corpora (API testing and HTTP-client
users; chat-ops and bot builders) (issue 12, part 59).

- Found: user:password given to curlie, xh, hey, wfuzz --basic and a proxyauth= option (socat,
  mitmproxy); curl's --cert file:passphrase; REST Client's "Authorization: Basic user password";
  Hurl's [BasicAuth] section; proxychains' user and password columns; JMeter's -a, irssi's /server add
  -w, BitlBee's account add, Zulip's change_user_password; NickServ as a chat log shows it
  (*NickServ*); msmtp's passwordeval echo unquoted; REST Assured's basic()/digest(), hackney's
  basic_auth tuple, Node's { auth: 'u:pw' }, Dart's base64Encode(utf8.encode('u:pw')); Neo4j's
  dbms.security.createUser; discord.py's bot.run, Telegraf's constructor, matrix-nio's
  client.login, zuliprc's [api] key, a client made with (user, password, server_url=); a password
  piped into ConvertTo-SecureString, printf "pw\\npw\\n" into prosodyctl adduser or znc --makepass,
  printf "%s\\n" pw into a --login password; a function named for a secret that returns it; a
  PagerDuty routing key; Jira Automation and Grafana OnCall webhook addresses; the word for password
  in Tswana, Limburgish and Ladino, and after Khmer, Lao or Burmese words run together.
- Kept: an AMQP routing key, a function returning a type name or a word, prose naming PASETO,
  BotFather's documented example token.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
import uuid

import pytest

from privacy_support import gone, kept, random_text, word_password

RNG = random.Random(2026_92)
B62 = string.ascii_letters + string.digits


@pytest.mark.parametrize("template", [
    "$ curlie -u newman-ci:{pw} https://perf.example.com/v1/usage\n",
    "$ xh -a mira.k:{pw} get api.example.org/v1/accounts\n",
    "$ hey -n 500 -c 20 -a svc-contract:{pw} https://sandbox.example.org/v1/catalog\n",
    "$ wfuzz --basic jdoe:{pw} -w endpoints.txt https://mock.example.com/FUZZ\n",
    "$ mitmdump --set proxyauth=jdoe:{pw} -s record_flows.py\n",
    "$ socat - PROXY:proxy.example.net:edge.example.net:443,proxyport=3128,proxyauth=qa-bot:{pw}\n",
    "$ curl --cert client.pem:{pw} --key client.key https://api.example.org/mtls/ping\n",
    "GET https://mock.example.com/v1/admin/jobs\nAuthorization: Basic perf-user {pw}\n",
    "GET https://perf.example.com/v1/admin\n[BasicAuth]\napitester: {pw}\nHTTP 200\n",
    "[ProxyList]\nhttp 10.0.3.7 3128 newman-ci {pw}\n",
    "$ jmeter -n -t checkout.jmx -H proxy.example.net -P 3128 -u mira.k -a {pw}\n",
    "/server add -auto -network libera irc.libera.chat 6697 -w {pw}\n",
    "account add jabber opsbot@chat.example.net {pw}\n",
    "$ sudo -u zulip ./manage.py change_user_password bot@chat.example.net {pw}\n",
    "[12:06] -> *NickServ* IDENTIFY {pw}\n[12:06] -NickServ- You are now identified.\n",
    "account qa\nhost smtp.example.net\nuser svc-contract\npasswordeval echo {pw}\n",
    'given().auth().preemptive().basic("apitester", "{pw}").when().get("/v1/orders");\n',
    'given().auth().digest("perf-user", "{pw}").get("/digest");\n',
    "https.request({{ host: 'edge.example.net', path: '/v1/me', auth: 'perf-user:{pw}' }}, onResponse);\n",
    "final auth = 'Basic ' + base64Encode(utf8.encode('qa-bot:{pw}'));\n",
    'HTTPoison.get(url, [], hackney: [basic_auth: {{"perf-user", "{pw}"}}])\n',
    "CALL dbms.security.createUser('perf-user', '{pw}', false);\n",
    'bot.run("{pw}")\n',
    'resp = await client.login("{pw}", device_name="opsbot")\n',
    "[api]\nemail=ops-bot@chat.example.net\nkey={pw}\nsite=https://chat.example.net\n",
    "rocket = RocketChat('opsbot', '{pw}', server_url='https://chat.example.org')\n",
    '$c = New-Object PSCredential("botsvc", ("{pw}" | ConvertTo-SecureString -AsPlainText -Force))\n',
    'printf "{pw}\\n{pw}\\n" | prosodyctl adduser errbot@chat.example.net\n',
    'printf "{pw}\\n{pw}\\n" | znc --makepass\n',
    'printf "%s\\n" {pw} | matrix-commander --login password --user-login @opsbot:chat.example.net\n',
    "{{\"text\": \"'t Wachwaord vanne bot-beheerder is {pw}, zèt 't neet in 't kanaal.\"}}\n",
    "El kodigo del administrador del bot es {pw}, no lo apegues en el kanal.\n",
    ">>> Lefoko la sephiri la motsamaisi wa bot ke {pw}, o se le tsenye mo channel.\n",
    ">>> ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងបូត {pw} សូមកុំដាក់វាក្នុងឆានែល។\n",
])
def test_a_password_an_http_client_or_a_bot_takes_by_its_place_is_found(template):
    pw = word_password(RNG)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "const bot = new Telegraf('{tok}')\nbot.start((ctx) => ctx.reply('hi'))\n",
    '@pytest.fixture\ndef awsSecretAccessKey():\n    return "{tok}"\n',
    "function apiToken() {{ return '{tok}'; }}\n",
    'runtime: nodejs20\nenv_variables:\n  PD_ROUTING_KEY: "R0{hex30}"\n',
    "MM_PLUGIN_JIRA_HOOK=https://api-private.atlassian.com/automation/webhooks/jira/a/{u1}/{u2}\n",
    'ONCALL_URL: "https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/alertmanager/{tok}/"\n',
])
def test_a_token_a_bot_or_a_webhook_holds_is_found(template):
    values = {"tok": random_text(RNG, B62, 32), "hex30": RNG.randbytes(15).hex(),
              "u1": str(uuid.UUID(bytes=RNG.randbytes(16))), "u2": str(uuid.UUID(bytes=RNG.randbytes(16)))}
    text = template.format(**values)
    secret = next(v for k, v in values.items() if v in text and k != "u1")
    gone(text, secret)


@pytest.mark.parametrize("text", [
    "channel.basic_publish(exchange='logs', routing_key='orders.created.eu-west-1', body=msg)\n",
    "AMQP_ROUTING_KEY=orders.created.priority.high\n",
    'def get_token_type():\n    return "bearer_token_type"\n',
    'def password_field(self):\n    return "password"\n',
    "The PASETO spec (v2.public) signs tokens; see the docs for the format.\n",
    "After you create a bot you get a token like 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw (BotFather's docs).\n",
])
def test_a_routing_key_a_type_name_or_prose_is_kept(text):
    kept(text)
