"""Structured keys, wallets, session cookies, connection strings, multi-secret files (seed 14003)."""
import base64
import json
import random
import struct
import hashlib
from gen_common import (rec, rs, rbytes, b64, b64u, b58enc, b58check, jwt, uuid4, password, user,
                        host, S0, S1, S2, S3, B58_XRP)
import gen_crypto as G


def _esc(p):
    return p.replace('\n', '\\n')


def items(r):
    o = []
    add = lambda kind, tmpl, secs: o.append((kind, tmpl, secs))
    u, h = user(r), host(r)
    # ---------------------------------------------------------------- private keys
    seed = rbytes(r, 32)
    add('putty_ppk_file_cat', f'PS C:\\Users\\{u}\\.ssh> Get-Content .\\deploy.ppk\n{S0}\nPS C:\\Users\\{u}\\.ssh>\n',
        [(G.ppk_v3(seed, 'deploy@ci-runner'), 'putty_ppk_private_key')])
    seed = rbytes(r, 32)
    add('gpg_export_secret_keys_armor', f'$ gpg --export-secret-keys --armor release@{h}\n{S0}\n',
        [(G.pgp_secret_key(seed, 'Release Signing <release@%s>' % h, r.randrange(1600000000, 1740000000)),
          'openpgp_secret_key_block')])
    d = G.ec_scalar(r, 'p256')
    kid = rs(r, 'UC', 10)
    add('app_store_connect_authkey_p8', f'$ cat ~/Downloads/AuthKey_{kid}.p8\n{S0}\n$ # issuer id {uuid4(r)}\n',
        [(G.pem('PRIVATE KEY', G.ec_pkcs8_der('p256', d)), 'app_store_connect_api_private_key')])
    d = G.ec_scalar(r, 'p256')
    p = G.pem('PRIVATE KEY', G.ec_pkcs8_der('p256', d))
    add('dotenv_apns_key_escaped', f'APNS_KEY_ID={rs(r, "UC", 10)}\nAPNS_TEAM_ID={rs(r, "UC", 10)}\nAPNS_PRIVATE_KEY="{S0}"\n',
        [(_esc(p), 'apns_auth_key_p8', p)])
    d = G.ec_scalar(r, 'p256')
    p = G.pem('EC PRIVATE KEY', G.ec_sec1_der('p256', d))
    add('coinbase_cdp_api_key_json', '{\n   "name": "organizations/%s/apiKeys/%s",\n   "privateKey": "%s\\n"\n}\n'
        % (uuid4(r), uuid4(r), S0), [(_esc(p), 'coinbase_cdp_api_key_secret', p)])
    d = G.ec_scalar(r, 'secp256k1')
    add('openssl_ecparam_secp256k1_output', f'$ openssl ecparam -name secp256k1 -genkey -noout\n{S0}\n',
        [(G.pem('EC PRIVATE KEY', G.ec_sec1_der('secp256k1', d)), 'secp256k1_sec1_private_key')])
    rsa1 = G.rsa_pkcs1_der(r)
    fp = ':'.join(rs(r, 'hex', 2) for _ in range(16))
    add('oci_config_and_key_cat', f'$ cat ~/.oci/config\n[DEFAULT]\nuser=ocid1.user.oc1..aaaa{rs(r, "lc", 52)}\nfingerprint={fp}\n'
        f'tenancy=ocid1.tenancy.oc1..aaaa{rs(r, "lc", 52)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n'
        f'$ cat ~/.oci/oci_api_key.pem\n{S0}\nOCI_API_KEY\n',
        [(G.pem('PRIVATE KEY', G.rsa_pkcs8_der(rsa1)), 'oci_api_signing_private_key')])
    rsa2 = G.rsa_pkcs1_der(r)
    add('alipay_sdk_java_constant', 'public class AlipayConfig {\n    public static String APP_ID = "2021%s";\n'
        '    public static String APP_PRIVATE_KEY = "%s";\n    public static String CHARSET = "UTF-8";\n}\n'
        % (rs(r, 'd', 12), S0), [(b64(rsa2), 'alipay_app_private_key')])
    wgpriv = bytearray(rbytes(r, 32))
    wgpriv[0] &= 248
    wgpriv[31] = (wgpriv[31] & 127) | 64
    add('wg_quick_conf_interface', f'[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = {S0}\nDNS = 10.8.0.1\n\n[Peer]\n'
        f'PublicKey = {b64(rbytes(r, 32))}\nEndpoint = {h}:51820\nAllowedIPs = 0.0.0.0/0\n',
        [(b64(bytes(wgpriv)), 'wireguard_interface_private_key')])
    ck = b64(struct.pack('<HIIH', 1, r.randrange(1600000000, 1740000000), r.randrange(10 ** 9), 16) + rbytes(r, 16))
    add('ceph_client_keyring', f'[client.rbd-mirror]\n\tkey = {S0}\n\tcaps mon = "profile rbd-mirror"\n\tcaps osd = "profile rbd"\n',
        [(ck, 'ceph_keyring_secret')])
    kf = '\n'.join(b64(rbytes(r, 756))[i:i + 76] for i in range(0, 1008, 76))
    add('mongodb_keyfile_cat', f'$ sudo cat /etc/mongod/keyfile\n{S0}\n$ ls -l /etc/mongod/keyfile\n-r-------- 1 mongodb mongodb 1009 May  2 09:14 /etc/mongod/keyfile\n',
        [(kf, 'mongodb_replica_set_keyfile')])
    mac = bytes([2, 1, 3]) + b'lnd' + bytes([2, 6]) + bytes([3]) + rbytes(r, 5) + b'\x00' + \
        bytes([2, 0x1f]) + b'lnd:admin permission=all v1.0' + b'\x00\x00' + bytes([6, 32]) + rbytes(r, 32)
    add('lncli_bakemacaroon_output', f'$ lncli bakemacaroon --save_to=/tmp/ops.macaroon address:read info:read offchain:write\n{S0}\n',
        [(mac.hex(), 'lnd_macaroon_hex')])
    # ---------------------------------------------------------------- wallets
    seed = rbytes(r, 32)
    sk, pk = G.strkey(18 << 3, seed), G.strkey(6 << 3, G.ed25519_pub(seed))
    add('stellar_cli_keys_show', f'$ stellar keys address treasury\n{pk}\n$ stellar keys show treasury\n{S0}\n',
        [(sk, 'stellar_secret_seed')])
    xs = b58check(b'\x21' + rbytes(r, 16), B58_XRP)
    add('xrpl_wallet_propose_json', f'{{\n  "result": {{\n    "account_id": "r{rs(r, "an", 33)}",\n    "key_type": "secp256k1",\n    "master_seed": "{S0}",\n    "status": "success"\n  }}\n}}\n',
        [(xs, 'xrpl_family_seed')])
    tprv = b58check(bytes.fromhex('04358394') + b'\0' * 9 + rbytes(r, 32) + b'\0' + rbytes(r, 32))
    add('bitcoin_core_listdescriptors_private', f'{{\n  "wallet_name": "signet-test",\n  "descriptors": [\n    {{\n      "desc": "wpkh({S0}/84h/1h/0h/0/*)#{rs(r, "lc", 8)}",\n      "active": true\n    }}\n  ]\n}}\n',
        [(tprv, 'bip32_extended_private_key_tprv')])
    seed = rbytes(r, 32)
    kp = seed + G.ed25519_pub(seed)
    add('solana_keygen_id_json', f'$ cat ~/.config/solana/id.json\n{S0}\n$ solana-keygen pubkey\n{b58enc(G.ed25519_pub(seed))}\n',
        [(json.dumps(list(kp), separators=(',', ':')), 'solana_keypair_json')])
    ss = '0x' + rs(r, 'hex', 64)
    add('subkey_inspect_output', f'Secret Key URI `{S0}` is account:\n  Network ID:        substrate\n  Secret seed:       {S0}\n'
        f'  Public key (hex):  0x{rs(r, "hex", 64)}\n  SS58 Address:      5{rs(r, "an", 47)}\n', [(ss, 'substrate_secret_seed')])
    add('gaiad_keys_export_unarmored', f'$ gaiad keys export validator --unarmored-hex --unsafe\nWARNING: The private key will be exported as an unarmored hexadecimal string. USE AT YOUR OWN RISK. Continue? [y/N]: y\n{S0}\n',
        [(rs(r, 'hex', 64), 'cosmos_unarmored_private_key_hex')])
    add('monero_wallet_cli_spendkey', f'[wallet 4{rs(r, "an", 5)}]: spendkey\nWallet password: \nsecret: {S0}\npublic: {rs(r, "hex", 64)}\n',
        [(rs(r, 'hex', 64), 'monero_secret_spend_key')])
    # ---------------------------------------------------------------- session cookies
    add('django_request_cookie_header', f'GET /admin/ HTTP/1.1\nHost: {h}\nCookie: csrftoken={rs(r, "an", 32)}; sessionid={S0}\n',
        [(rs(r, 'lc', 32), 'django_sessionid_cookie')])
    jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..%s.%s.%s' % (b64u(rbytes(r, 12)), b64u(rbytes(r, 190)), b64u(rbytes(r, 16)))
    add('devtools_cookie_table_copy', f'Name\tValue\tDomain\tPath\n__Host-next-auth.csrf-token\t{rs(r, "hex", 64)}%7C{rs(r, "hex", 64)}\tapp.{h}\t/\n'
        f'__Secure-next-auth.session-token\t{S0}\tapp.{h}\t/\n', [(jwe, 'nextauth_session_token_cookie')])
    add('mediawiki_cookie_jar_netscape', f'# Netscape HTTP Cookie File\nwiki.{h}\tFALSE\t/\tTRUE\t0\twikidb_session\t{S0}\nwiki.{h}\tFALSE\t/\tTRUE\t1780000000\twikidbUserName\t{u}\n',
        [(rs(r, 'lc', 32), 'mediawiki_session_cookie')])
    ck = rs(r, 'lc', 5)
    add('phpbb_cookie_header_autologin', f'Cookie: phpbb3_{ck}_u=482; phpbb3_{ck}_k={S0}; phpbb3_{ck}_sid={S1}\n',
        [(rs(r, 'hex', 16), 'phpbb_autologin_key_cookie'), (rs(r, 'hex', 32), 'phpbb_session_cookie')])
    add('play_session_set_cookie', f'HTTP/1.1 303 See Other\nLocation: /dashboard\nSet-Cookie: PLAY_SESSION={S0}; SameSite=Lax; Path=/; HTTPOnly\n',
        [(jwt(r, {'alg': 'HS256', 'typ': 'JWT'}, {'data': {'userId': str(r.randrange(10 ** 6)), 'csrfToken': rs(r, 'hex', 40)}, 'nbf': 1746177295, 'iat': 1746177295}), 'play_framework_session_cookie')])
    add('rails_remember_cookie_curl', f"$ curl -b 'remember_user_token={S0}' https://{h}/account\n",
        [(b64(json.dumps({'_rails': {'message': b64(json.dumps([[r.randrange(9999)], rs(r, 'b64u', 22), '1746177295.1']).encode()), 'exp': None, 'pur': 'cookie.remember_user_token'}}).encode()) + '--' + rs(r, 'hex', 40), 'devise_remember_user_token')])
    add('gitea_cookie_export_json', f'[{{"domain":"git.{h}","name":"i_like_gitea","value":"{S0}","httpOnly":true}},{{"domain":"git.{h}","name":"lang","value":"en-US"}}]\n',
        [(rs(r, 'hex', 16), 'gitea_session_cookie')])
    add('discourse_cookie_header', f'Cookie: _t={S0}; _forum_session={S1}\n',
        [(rs(r, 'b64', 120), 'discourse_auth_token_cookie'), (rs(r, 'b64', 160) + '--' + rs(r, 'b64', 24) + '--' + rs(r, 'b64', 22) + '==', 'discourse_forum_session_cookie')])
    rob = '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_' + rs(r, 'HEX', 760)
    add('roblox_account_switcher_json', f'{{"accounts":[{{"userId":{r.randrange(10 ** 9)},"username":"{u}","cookie":"{S0}"}}]}}\n', [(rob, 'roblox_security_cookie')])
    add('instaloader_session_dump', f'$ python -c "import pickle;print(pickle.load(open(\'session-{u}\',\'rb\')))"\n{{\'csrftoken\': \'{rs(r, "an", 32)}\', \'ds_user_id\': \'{r.randrange(10 ** 10)}\', \'sessionid\': \'{S0}\'}}\n',
        [('%d%%3A%s%%3A%d%%3A%s' % (r.randrange(10 ** 10), rs(r, 'an', 14), r.randrange(10, 30), rs(r, 'b64u', 44)), 'instagram_sessionid_cookie')])
    add('twscrape_accounts_cookie_line', f'{u}:x:{u}@mail.com:x:auth_token={S0}; ct0={rs(r, "hex", 160)}\n',
        [(rs(r, 'hex', 40), 'twitter_auth_token_cookie')])
    add('linkedin_scraper_env', f'LI_AT={S0}\nJSESSIONID="ajax:{rs(r, "d", 19)}"\n', [('AQEDA' + rs(r, 'b64u', 150), 'linkedin_li_at_cookie')])
    add('spotify_librespot_config_toml', f'[spotify]\nsp_dc = "{S0}"\nbitrate = 320\n', [('AQ' + rs(r, 'b64u', 200), 'spotify_sp_dc_cookie')])
    add('bilibili_downloader_config_yaml', f'cookie:\n  SESSDATA: {S0}\n  bili_jct: {rs(r, "hex", 32)}\n',
        [('%s%%2C%d%%2C%s%%2A%s' % (rs(r, 'hex', 8), r.randrange(1750000000, 1790000000), rs(r, 'hex', 5), rs(r, 'an', 40)), 'bilibili_sessdata_cookie')])
    # ---------------------------------------------------------------- connection strings
    pw = lambda: password(r, safe=True)
    add('spring_r2dbc_properties', f'spring.r2dbc.url=r2dbc:postgresql://orders:{S0}@{h}:5432/orders\nspring.r2dbc.pool.max-size=20\n', [(pw(), 'r2dbc_url_password')])
    add('clickhouse_client_dsn_env', f'CLICKHOUSE_DSN=clickhouse://analytics:{S0}@{h}:9440/events?secure=true\n', [(pw(), 'clickhouse_dsn_password')])
    add('all_proxy_socks5h_export', f'export ALL_PROXY=socks5h://{u}:{S0}@proxy.{h}:1080\n', [(pw(), 'socks5_proxy_url_password')])
    add('pip_conf_index_url', f'[global]\nindex-url = https://{u}:{S0}@pypi.{h}/simple\ntimeout = 60\n', [(pw(), 'pip_index_url_password')])
    p = password(r)
    add('npmrc_legacy_underscore_password', f'//npm.{h}/:username={u}\n//npm.{h}/:_password={S0}\n//npm.{h}/:email={u}@mail.com\n', [(b64(p.encode()), 'npmrc_base64_password', p)])
    add('poetry_config_http_basic', f'$ poetry config http-basic.internal {u} {S0}\n$ poetry publish -r internal\n', [(pw(), 'poetry_http_basic_password')])
    add('sbt_credentials_file', f'realm=Sonatype Nexus Repository Manager\nhost=nexus.{h}\nuser={u}\npassword={S0}\n', [(password(r), 'sbt_credentials_password')])
    add('odp_net_web_config_connection', f'<connectionStrings>\n  <add name="Erp" providerName="Oracle.ManagedDataAccess.Client" connectionString="Data Source={h}:1521/ERP;User Id=erp_app;Password={S0};" />\n</connectionStrings>\n', [(pw(), 'odp_net_connection_password')])
    add('mysqlsh_uri_cli', f'$ mysqlsh --uri mysqlx://admin:{S0}@{h}:33060 --sql -e "SELECT 1"\n', [(pw(), 'mysqlx_uri_password')])
    # ---------------------------------------------------------------- multi-secret files
    add('mastodon_env_production', f'LOCAL_DOMAIN=social.{h}\nDB_USER=mastodon\nDB_PASS={S0}\nSECRET_KEY_BASE={S1}\nOTP_SECRET={S2}\n'
        f'VAPID_PRIVATE_KEY={S3}\nVAPID_PUBLIC_KEY=B{rs(r, "b64u", 86)}=\n',
        [(pw(), 'mastodon_db_password'), (rs(r, 'hex', 128), 'rails_secret_key_base'), (rs(r, 'hex', 128), 'devise_otp_secret'), (b64u(rbytes(r, 32)) + '=', 'mastodon_vapid_private_key')])
    add('gitlab_rb_omnibus_secrets', f"external_url 'https://git.{h}'\ngitlab_rails['initial_root_password'] = '{S0}'\ngitlab_rails['smtp_user_name'] = 'gitlab@{h}'\ngitlab_rails['smtp_password'] = '{S1}'\n",
        [(password(r), 'gitlab_initial_root_password'), (password(r), 'gitlab_smtp_password')])
    add('authentik_dotenv', f'PG_PASS={S0}\nAUTHENTIK_SECRET_KEY={S1}\nAUTHENTIK_EMAIL__USERNAME=sso@{h}\nAUTHENTIK_EMAIL__PASSWORD={S2}\n',
        [(rs(r, 'b64', 36), 'authentik_postgres_password'), (rs(r, 'b64', 60), 'authentik_secret_key'), (pw(), 'authentik_email_password')])
    add('nextcloud_config_php', f"<?php\n$CONFIG = array (\n  'instanceid' => 'oc{rs(r, 'lc', 10)}',\n  'passwordsalt' => '{S0}',\n  'secret' => '{S1}',\n  'dbuser' => 'oc_admin',\n  'dbpassword' => '{S2}',\n);\n",
        [(rs(r, 'b64', 30), 'nextcloud_password_salt'), (rs(r, 'b64', 48), 'nextcloud_instance_secret'), (rs(r, 'b64', 30), 'nextcloud_db_password')])
    add('rails_master_key_cat', f'$ cat config/master.key\n{S0}\n$ EDITOR=vim bin/rails credentials:edit\n', [(rs(r, 'hex', 32), 'rails_master_key')])
    rt = '1.A' + rs(r, 'b64u', 40) + '.' + rs(r, 'b64u', 300)
    at = jwt(r, {'typ': 'JWT', 'alg': 'RS256', 'x5t': rs(r, 'b64u', 27)}, {'aud': 'https://management.core.windows.net/', 'iss': 'https://sts.windows.net/%s/' % uuid4(r), 'upn': u + '@corp.com'}, 256)
    add('msal_token_cache_json', f'{{\n  "AccessToken": {{ "k1": {{ "credential_type": "AccessToken", "secret": "{S0}" }} }},\n  "RefreshToken": {{ "k2": {{ "credential_type": "RefreshToken", "secret": "{S1}" }} }}\n}}\n',
        [(at, 'azure_msal_access_token'), (rt, 'azure_msal_refresh_token')])
    add('kubeconfig_basic_auth_user', f'users:\n- name: legacy-admin\n  user:\n    username: admin\n    password: {S0}\n', [(pw(), 'kubeconfig_user_password')])
    add('aws_sso_cache_json', f'{{"startUrl": "https://{rs(r, "lo", 8)}.awsapps.com/start", "region": "eu-west-1", "accessToken": "{S0}", "expiresAt": "2025-05-02T17:14:55Z", "clientId": "{rs(r, "b64u", 22)}", "clientSecret": "{S1}", "refreshToken": "{S2}"}}\n',
        [('aoa' + rs(r, 'an', 40) + ':' + rs(r, 'b64', 160), 'aws_sso_access_token'), (jwt(r, {'kid': 'key-1', 'alg': 'HS384'}, {'serialized': rs(r, 'b64', 120)}), 'aws_sso_oidc_client_secret'), ('aor' + rs(r, 'an', 40) + ':' + rs(r, 'b64', 200), 'aws_sso_refresh_token')])
    return o


def build(start_id):
    r = random.Random(14003)
    out = []
    for kind, tmpl, secs in items(r):
        out.append(rec('p14-s-%04d' % (start_id + len(out)), kind, tmpl, secs, 'gen_misc'))
    return out
