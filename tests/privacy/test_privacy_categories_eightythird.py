"""Categories read after the eighty-third and eighty-fourth corpora (backend and microservice
developers; web hosting providers and CMS site builders) (issue 12, part 56).

- Found: PHP's var_dump and print_r of a secret's name; a listing's ``path/name - value`` (magento
  config:show); phpinfo()'s environment row (a WordPress application password's six groups); nginx's
  ``set $name "…"``; a Quarkus profile's ``%prod.name=…``; Elixir's ``config :app, :name, "…"``; a
  stub's header matcher (WireMock's equalTo); Envoy's inline secret; SASL PLAIN's ``\\0user\\0pw``
  in a Kafka or AMQP trace and Exim's ``^user^pw``; Spring's ``{noop}`` plain text; brod's SASL
  tuple; Confluent's basic.auth.user.info; Quarkus's embedded users; WordPress's keys and salts;
  WordPress's XML-RPC login; Go routers' basic-auth accounts (chi, gin, echo); Kong's key-auth key;
  an Erlang node's cookie (-setcookie, iex --cookie, RELEASE_COOKIE); WHM's access hash; a Consul
  agent's token; Hestia's v-add-user; ActiveMQ's users.properties and memcached's SASL password file; a password echoed into a file a later --password-file reads or
  tee'd to a secret's path; SQL setting a password column to MD5('…'); a client made with (url,
  user, password); async-nats's with_user_and_password; the word for password in Tamil, Urdu,
  Dzongkha, Niuean, Fijian and Erzya, and "is"/"now" in more languages; a rewritten secret named in
  the plural ("we never send configuration secrets in clear text, so here it is as …"), as a Java
  char array, a jq implode, a str_rot13() call or one character per line.
- Kept: a token that says not to use it ("test-token-do-not-use-42"); istioctl proxy-config secret's
  pod; Drupal's and phpass's password hashes; Drupal's form_token; Magento's encrypted config
  values; Ghost's Content API key in the page.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import codecs
import random
import string

import pytest

from privacy_support import WORDS, gone, kept, random_text

RNG = random.Random(2026_83)


def tool_password(rng: random.Random) -> str:
    """A word, a joiner, letters and digits: no shape a message's rule reads alone."""
    return rng.choice(WORDS) + rng.choice("._-") + random_text(rng, string.ascii_lowercase, 5) + str(rng.randrange(10, 99))


@pytest.mark.parametrize("template", [
    '[05-Mar-2025 10:12:01 UTC] PHP Notice: dump\narray(2) {{\n  ["host"]=>\n  string(9) "localhost"\n'
    '  ["smtp_relay_password"]=>\n  string(14) "{v}"\n}}\n',
    "[05-Mar-2025 10:13:44 UTC] Array\n(\n    [site] => bakery.example.org\n    [backup_sftp_password] => {v}\n)\n",
    "$ bin/magento config:show | grep -i relay\nweb/secure/base_url - https://shop.example.org/\ncustom/mail_relay_password - {v}\n",
    'server {{\n  server_name shop.example.org;\n  set $panel_admin_password "{v}";\n}}\n',
    "%prod.quarkus.http.port=8443\n%prod.mail.relay.password={v}\n%dev.quarkus.log.level=DEBUG\n",
    'import Config\nconfig :orders, :redis_password, "{v}"\n',
    '{{"request": {{"url": "/v1/pay", "headers": {{"X-RABBIT_PASSWORD": {{"equalTo": "{v}"}}}}}}, "response": {{"status": 200}}}}\n',
    '- name: hmac\n  generic_secret:\n    secret:\n      inline_string: "{v}"\n',
    "SaslHandshake v1 mechanism=PLAIN -> ok\nSaslAuthenticate v2 auth_bytes (decoded): \\x00orders_app\\x00{v}\n",
    'C: Connection.StartOk mechanism=PLAIN locale=en_US\n   response (decoded) = "\\0billing\\0{v}"\n',
    "relay_login:\n  driver = plaintext\n  public_name = PLAIN\n  client_send = ^relayuser^{v}\n",
    'UserDetails u = User.withUsername("ops").password("{{noop}}{v}").roles("ADMIN").build();\n',
    'config :brod, clients: [k: [sasl: {{:scram_sha_512, "ledger_consumer", "{v}"}}]]\n',
    "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=notify_svc:{v}\n",
    "quarkus.security.users.embedded.plain-text=true\nquarkus.security.users.embedded.users.ops_admin={v}\n",
    "POST /xmlrpc.php\n<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>admin</string>"
    "</value></param><param><value><string>{v}</string></value></param></params></methodCall>\n",
    'r.Use(middleware.BasicAuth("orders", map[string]string{{"ledger_rw": "{v}"}}))\n',
    'admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{{"ops": "{v}"}}))\n',
    'e.Use(middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {{\n\treturn u == "ops" && p == "{v}", nil\n}}))\n',
    "$ erl -sname console -setcookie {v} -remsh ledger@node-3\n",
    "$ iex --sname debug --cookie {v} --remsh orders@node-2\n",
    "$ RELEASE_COOKIE={v} _build/prod/rel/orders/bin/orders remote\n",
    "$ echo '{v}' > /tmp/ca-pw && step ca init --name edge-ca --password-file /tmp/ca-pw\n",
    "$ echo '{v}' | sudo tee /etc/varnish/secret >/dev/null\n",
    "# v-add-user lena42 {v} lena@example.org default\n",
    "UPDATE `wp_users` SET `user_pass` = MD5('{v}') WHERE `ID` = 1;\n",
    "wp = Client('https://blog.example.org/xmlrpc.php', 'editor', '{v}')\n",
    'let nc = ConnectOptions::with_user_and_password("orders".into(), "{v}".into()).connect("nats:4222").await?;\n',
    "staging-இல் RabbitMQ admin கடவுச்சொல் இப்போது {v} , தயவுசெய்து அதை பகிர வேண்டாம்.\n",
    "staging پر RabbitMQ ایڈمن کا پاس ورڈ اب {v} ہے، براہ کرم شیئر نہ کریں۔\n",
    "Hoi, s'neue temporäre cPanel-Passwort isch {v}; bitte nach em Iilogge ändere.\n",
    "Bonjour, ch'nouvieu mot d'passe du cPanel ch'est {v}; canjez-le après vo connexion.\n",
    "staging дээрх RabbitMQ админы нууц үг одоо {v} , бүү хуваалц.\n",
    "# conf/users.properties (name=password)\nadmin=ENC(kept-in-vault)\nledger_worker={v}\n",
    "# /etc/sasl2/memcached-sasl-pwdb\ncache_app:{v}\n",
])
def test_a_password_a_tool_or_protocol_gives_by_its_place_is_found(template):
    value = tool_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ consul acl set-agent-token agent {u}\nACL token \"agent\" set successfully\n",
    "$ curl -sX POST http://kong:8001/consumers/orders/key-auth -d key={t}\n",
    "<?php\nreturn [\n  'whm_reseller_access_hash' => '{t}',\n];\n",
    '<tr><td class="e">WORDPRESS_APPLICATION_PASSWORD </td><td class="v">{app} </td></tr>\n',
    "define('LOGGED_IN_SALT',   '{salt}');\n",
    'env[WORDPRESS_SECURE_AUTH_KEY] = "{salt}"\n',
])
def test_a_token_a_tool_takes_by_its_place_is_found(template):
    u = "-".join(random_text(RNG, "0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
    t = random_text(RNG, string.ascii_letters + string.digits, 40)
    app = " ".join(random_text(RNG, string.ascii_letters + string.digits, 4) for _ in range(6))
    salt = "(" + random_text(RNG, "".join(c for c in map(chr, range(33, 127)) if c not in "'\"\\"), 63)   # (a mark first)
    text = template.format(u=u, t=t, app=app, salt=salt)
    gone(text, next(v for v in (u, t, app, salt) if v in text))


@pytest.mark.parametrize("template", [
    "As agreed we do not send configuration secrets in clear text, so here it is in quoted-printable with every "
    "byte escaped as =XX:\n{qp}\nPlease confirm.\n",
    "the rotated kafka password is recorded below as a Java new String(new char[]{{...}}) of single-quoted characters:\n"
    "new String(new char[]{{{chars}}})\n",
    "The broker password, as a jq expression that implodes a list of decimal code points:\n[{codes}] | implode\n",
    "The site's secret key, written as a PHP str_rot13() call (letters rotated by 13, digits unchanged):\nstr_rot13('{rot}')\n",
    "The crypt key for the new box, one character per line, read top to bottom:\n{column}\nOld server goes on Friday.\n",
])
def test_a_rewritten_secret_named_in_the_plural_or_written_as_code_or_a_column_is_found(template):
    value = random_text(RNG, string.ascii_letters + string.digits, 16)
    text = template.format(qp="".join(f"={b:02X}" for b in value.encode()), chars=",".join(f"'{c}'" for c in value),
                           codes=",".join(str(ord(c)) for c in value), rot=codecs.encode(value, "rot13"),
                           column="\n".join(value))
    run = "\n".join(value) if "one character per line" in text else text.split(":\n", 1)[1].split("\n")[0]
    gone(text, run)


@pytest.mark.parametrize("text", [
    '{"request": {"url": "/v1/pay", "headers": {"Authorization": {"equalTo": "Bearer test-token-do-not-use-42"}}}}\n',
    "$ istioctl proxy-config secret checkout-7f9c4.checkout -o json | jq '.dynamicActiveSecrets[0]'\n",
    "uid\tname\tpass\n1\tadmin\t$S$E8dkQ2mF0cP7yzHQ1rWm5bq3ZxT9uV6aK4jN0sL2pR8eY7tU1iO3w\n"
    "2\tlena\t$S$EAsOx.yRjANT6itgXvAuo9cWvHptlv311D07Zj/jaHOVA3Uei/qe\n",
    "INSERT INTO wp_users (user_login, user_pass) VALUES ('editor', '$P$BkT9s2mZqW8xYv1cF3hJ5lN7pR0uE4a');\n",
    '<input type="hidden" name="form_token" value="o1cLVWx5vxoGfLNKb7H0mtxmDN9PZJfY9Q3J2pgtxJE" />\n',
    "| carriers/ups/password | 0:3:MmFp9KrCMITxqxHQQjr/KmqE5gZf6OdRU+1PiBb6CM9wxTeQUoa8fSu/TwuAL3mM |\n",
    "see users.properties for the role mapping\nroles=admin,viewer\n",
    "<script>\n  const api = new GhostContentAPI({ url: 'https://blog.example.org', key: '3fa366f11d38727cff469fc7f7', version: 'v5.0' });\n</script>\n",
])
def test_a_stand_in_a_pod_name_a_hash_a_form_token_ciphertext_or_a_page_key_is_kept(text):
    kept(text)
