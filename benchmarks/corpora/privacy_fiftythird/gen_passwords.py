"""Positional-password part: one new syntax each (release tooling, registries, signing, VCS, mail, chat, SQL, protocol lines, client libraries)."""
import random
from common import *

X = "{x}"
# (span type, 'cmd' | 'cfg', line template)
SYNTAXES = [
 ("docker_login_password_short_flag", "cmd", "docker login -u {u} -p " + X + " registry.oss.example"),
 ("podman_login_password_long_flag", "cmd", "podman login --username {u} --password " + X + " quay.oss.example"),
 ("helm_repo_add_password_flag", "cmd", "helm repo add charts https://charts.oss.example --username {u} --password " + X),
 ("helm_registry_login_password_flag", "cmd", "helm registry login oci.oss.example -u {u} --password '" + X + "'"),
 ("skopeo_dest_creds_user_colon", "cmd", "skopeo copy docker://ghcr.example/oss/{r}:{vv} docker://mirror.oss.example/{r}:{vv} --dest-creds {u}:" + X),
 ("crane_auth_login_p_flag", "cmd", "crane auth login registry.oss.example -u {u} -p " + X),
 ("oras_login_password_flag", "cmd", "oras login -u {u} --password " + X + " oras.oss.example"),
 ("kubectl_docker_registry_secret_password", "cmd", "kubectl create secret docker-registry regcred --docker-server=registry.oss.example --docker-username={u} --docker-password=" + X),
 ("az_acr_login_p_flag", "cmd", "az acr login --name ossregistry -u {u} -p " + X),
 ("git_remote_https_userinfo", "cmd", "git remote set-url origin https://{u}:" + X + "@git.oss.example/oss/{r}.git"),
 ("git_credentials_store_line", "cfg", "https://{u}:" + X + "@github.example"),
 ("netrc_machine_password_token", "cfg", "machine uploads.oss.example login {u} password " + X),
 ("svn_checkout_password_flag", "cmd", "svn checkout https://svn.oss.example/{r}/trunk --username {u} --password " + X + " --non-interactive"),
 ("hgrc_auth_section_password", "cfg", "[auth]\nossrepo.prefix = https://hg.oss.example\nossrepo.username = {u}\nossrepo.password = " + X),
 ("fossil_user_password_positional", "cmd", "fossil user password {u} " + X + " -R {r}.fossil"),
 ("p4passwd_env_prefix", "cmd", "P4PASSWD=" + X + " p4 -u {u} -p ssl:perforce.oss.example:1666 sync //depot/{r}/..."),
 ("tea_login_add_password_flag", "cmd", "tea login add --name oss --url https://gitea.oss.example --user {u} --password " + X),
 ("mvn_gpg_passphrase_property", "cmd", "mvn -B deploy -P release -Dgpg.passphrase=" + X),
 ("maven_settings_gpg_passphrase_element", "cfg", "<profile>\n  <properties>\n    <gpg.passphrase>" + X + "</gpg.passphrase>\n  </properties>\n</profile>"),
 ("gradle_properties_signing_password", "cfg", "signing.keyId=24875D73\nsigning.password=" + X + "\nsigning.secretKeyRingFile=/home/{u}/.gnupg/secring.gpg"),
 ("gradle_properties_ossrh_password", "cfg", "ossrhUsername={u}\nossrhPassword=" + X),
 ("gradlew_project_property_p_flag", "cmd", "./gradlew publishToSonatype -PsonatypePassword=" + X),
 ("sbt_credentials_file_password", "cfg", "realm=Sonatype Nexus Repository Manager\nhost=s01.oss.example\nuser={u}\npassword=" + X),
 ("gpg_batch_passphrase_flag", "cmd", "gpg --batch --yes --pinentry-mode loopback --passphrase " + X + " --detach-sign dist/{r}-{vv}.tar.gz"),
 ("gpg_passphrase_fd_echo_pipe", "cmd", "echo '" + X + "' | gpg --batch --passphrase-fd 0 --clearsign SHA256SUMS"),
 ("cosign_password_env_prefix", "cmd", "COSIGN_PASSWORD=" + X + " cosign sign --key cosign.key registry.oss.example/{r}:{vv}"),
 ("jarsigner_keypass_flag", "cmd", "jarsigner -keystore release.jks -storepass:env KS_PASS -keypass " + X + " build/{r}.jar release"),
 ("apksigner_ks_pass_pass_prefix", "cmd", "apksigner sign --ks release.jks --ks-pass pass:" + X + " app-release.apk"),
 ("openssl_pkcs12_passout_pass_prefix", "cmd", "openssl pkcs12 -export -in codesign.crt -inkey codesign.key -out codesign.p12 -passout pass:" + X),
 ("osslsigncode_pass_flag", "cmd", "osslsigncode sign -pkcs12 codesign.p12 -pass " + X + " -in {r}.exe -out {r}-signed.exe"),
 ("signtool_slash_p_switch", "cmd", "signtool sign /f codesign.pfx /p " + X + " /tr http://ts.oss.example /td sha256 {r}.msi"),
 ("security_unlock_keychain_p_flag", "cmd", "security unlock-keychain -p " + X + " build.keychain"),
 ("notarytool_password_flag", "cmd", "xcrun notarytool submit {r}.zip --apple-id {u}@users.example --team-id 7Q4KX2M9RA --password " + X + " --wait"),
 ("fastlane_match_password_env", "cmd", "MATCH_PASSWORD=" + X + " bundle exec fastlane match appstore --readonly"),
 ("cargo_login_positional_token", "cmd", "cargo login " + X),
 ("poetry_http_basic_positional_pair", "cmd", "poetry config http-basic.internal {u} " + X),
 ("poetry_publish_lowercase_p_flag", "cmd", "poetry publish --build -r internal -u {u} -p " + X),
 ("pip_index_url_userinfo", "cmd", "pip install --index-url https://{u}:" + X + "@pypi.oss.example/simple {r}=={vv}"),
 ("pip_conf_extra_index_userinfo", "cfg", "[global]\nextra-index-url = https://{u}:" + X + "@pkgs.oss.example/simple"),
 ("pypirc_password_directive", "cfg", "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pkgs.oss.example/legacy/\nusername = {u}\npassword = " + X),
 ("uv_index_password_env", "cmd", "UV_INDEX_INTERNAL_PASSWORD=" + X + " uv publish --index internal"),
 ("npmrc_scoped_authtoken_line", "cfg", "@oss:registry=https://npm.oss.example/\n//npm.oss.example/:_authToken=" + X),
 ("yarnrc_yml_npm_auth_token", "cfg", "npmScopes:\n  oss:\n    npmRegistryServer: \"https://npm.oss.example\"\n    npmAuthToken: \"" + X + "\""),
 ("bunfig_toml_registry_password", "cfg", "[install.scopes]\noss = {{ url = \"https://npm.oss.example/\", username = \"{u}\", password = \"" + X + "\" }}"),
 ("nuget_push_apikey_switch", "cmd", "nuget push bin/Release/{r}.{vv}.nupkg -ApiKey " + X + " -Source https://nuget.oss.example/v3/index.json"),
 ("dotnet_nuget_add_source_password", "cmd", "dotnet nuget add source https://nuget.oss.example/v3/index.json -n oss -u {u} -p " + X + " --store-password-in-clear-text"),
 ("nuget_config_cleartextpassword_attr", "cfg", "<packageSourceCredentials>\n  <oss>\n    <add key=\"Username\" value=\"{u}\" />\n    <add key=\"ClearTextPassword\" value=\"" + X + "\" />\n  </oss>\n</packageSourceCredentials>"),
 ("composer_http_basic_positional", "cmd", "composer config --global http-basic.repo.oss.example {u} " + X),
 ("composer_auth_json_password_field", "cfg", "{{\n  \"http-basic\": {{\n    \"repo.oss.example\": {{ \"username\": \"{u}\", \"password\": \"" + X + "\" }}\n  }}\n}}"),
 ("gem_push_credentials_env", "cmd", "GEM_HOST_PASSWORD=" + X + " gem push pkg/{r}-{vv}.gem --host https://gems.oss.example"),
 ("bundle_config_registry_user_colon", "cmd", "bundle config set --global gems.oss.example {u}:" + X),
 ("anaconda_login_password_flag", "cmd", "anaconda login --username {u} --password " + X),
 ("rsync_password_env_prefix", "cmd", "RSYNC_PASSWORD=" + X + " rsync -av dist/ rsync://{u}@mirror.oss.example/releases/"),
 ("lftp_user_comma_password", "cmd", "lftp -u {u}," + X + " -e 'mirror -R site/ /htdocs; quit' ftps://web.oss.example"),
 ("wget_ftp_password_option", "cmd", "wget --ftp-user={u} --ftp-password=" + X + " ftp://ftp.oss.example/pub/{r}-{vv}.tar.xz"),
 ("aria2c_http_passwd_option", "cmd", "aria2c --http-user={u} --http-passwd=" + X + " https://dl.oss.example/nightly/{r}.tar.zst"),
 ("expect_send_password_string", "cfg", "spawn ssh {u}@release-host.oss.example\nexpect \"password:\"\nsend \"" + X + "\\r\"\ninteract"),
 ("ansible_adhoc_extra_var_ansible_password", "cmd", "ansible docs_hosts -m ping -e ansible_password=" + X),
 ("packer_build_var_ssh_password", "cmd", "packer build -var 'ssh_password=" + X + "' ci-image.pkr.hcl"),
 ("ssh_keygen_old_passphrase_capital_p", "cmd", "ssh-keygen -p -f ~/.ssh/deploy_ed25519 -P " + X + " -N \"$NEW_PASSPHRASE\""),
 ("git_send_email_smtp_pass_option", "cmd", "git send-email --smtp-server=smtp.lists.example --smtp-user={u} --smtp-pass=" + X + " --to=dev@lists.oss.example 000*.patch"),
 ("gitconfig_sendemail_smtppass", "cfg", "[sendemail]\n\tsmtpServer = smtp.lists.example\n\tsmtpUser = {u}\n\tsmtpPass = " + X),
 ("msmtprc_password_line", "cfg", "account lists\nhost smtp.lists.example\nuser {u}\npassword " + X),
 ("muttrc_smtp_pass_setting", "cfg", "set smtp_url = \"smtps://{u}@smtp.lists.example\"\nset smtp_pass = \"" + X + "\""),
 ("fetchmailrc_poll_password_clause", "cfg", "poll imap.lists.example protocol IMAP user \"{u}\" password '" + X + "' ssl"),
 ("offlineimaprc_remotepass", "cfg", "[Repository remote]\ntype = IMAP\nremotehost = imap.lists.example\nremoteuser = {u}\nremotepass = " + X),
 ("mbsyncrc_pass_directive", "cfg", "IMAPAccount lists\nHost imap.lists.example\nUser {u}\nPass " + X),
 ("mailman3_webservice_admin_pass", "cfg", "[webservice]\nadmin_user: restadmin\nadmin_pass: " + X),
 ("irc_nickserv_identify_positional", "cmd", "/msg NickServ IDENTIFY {u} " + X),
 ("irc_pass_protocol_line", "cfg", "PASS " + X + "\r\nNICK {u}\r\nUSER {u} 0 * :{u}"),
 ("weechat_sasl_password_set", "cmd", "/set irc.server.libera.sasl_password \"" + X + "\""),
 ("znc_conf_user_pass_plain", "cfg", "<User {u}>\n    Pass = plain#" + X + "\n    Nick = {u}\n</User>"),
 ("register_new_matrix_user_p_flag", "cmd", "register_new_matrix_user -c homeserver.yaml -u ci-bot -p " + X + " --no-admin"),
 ("synapse_registration_shared_secret", "cfg", "registration_shared_secret: \"" + X + "\"\nenable_registration: false"),
 ("postgres_alter_user_with_password", "cmd", "ALTER USER ci_reader WITH PASSWORD '" + X + "';"),
 ("mysql_alter_user_identified_by", "cmd", "ALTER USER 'docs_bot'@'%' IDENTIFIED BY '" + X + "';"),
 ("mariadb_set_password_for", "cmd", "SET PASSWORD FOR 'stats'@'localhost' = PASSWORD('" + X + "');"),
 ("sqlcipher_pragma_key", "cmd", "PRAGMA key = '" + X + "';"),
 ("clickhouse_create_user_plaintext_password", "cmd", "CREATE USER telemetry IDENTIFIED WITH plaintext_password BY '" + X + "';"),
 ("snowflake_create_user_password_equals", "cmd", "CREATE USER download_stats PASSWORD = '" + X + "' DEFAULT_ROLE = analyst;"),
 ("cassandra_create_role_with_password", "cmd", "CREATE ROLE metrics WITH PASSWORD = '" + X + "' AND LOGIN = true;"),
 ("neo4j_alter_current_user_set_password", "cmd", "ALTER CURRENT USER SET PASSWORD FROM $old TO '" + X + "';"),
 ("redis_acl_setuser_gt_password", "cmd", "ACL SETUSER ci on >" + X + " ~ci:* +@read"),
 ("redis_conf_requirepass_directive", "cfg", "bind 127.0.0.1\nrequirepass " + X),
 ("redis_conf_masterauth_directive", "cfg", "replicaof 10.0.4.2 6379\nmasterauth " + X),
 ("ftp_control_pass_command", "cfg", "220 ftp.oss.example ready\nUSER {u}\n331 Password required\nPASS " + X + "\n230 Logged in"),
 ("pop3_pass_command_line", "cfg", "+OK POP3 ready\nUSER {u}\n+OK\nPASS " + X + "\n+OK maildrop has 3 messages"),
 ("imap_login_command_third_token", "cfg", "* OK IMAP4rev1 ready\na001 LOGIN {u} " + X + "\na001 OK LOGIN completed"),
 ("mosquitto_pub_capital_p_flag", "cmd", "mosquitto_pub -h mqtt.oss.example -u ci -P " + X + " -t builds/{r} -m passed"),
 ("mosquitto_passwd_batch_positional", "cmd", "mosquitto_passwd -b /etc/mosquitto/passwd ci " + X),
 ("nats_cli_password_flag", "cmd", "nats pub builds.done '{r} {vv}' --user ci --password " + X),
 ("htpasswd_batch_positional", "cmd", "htpasswd -b -B /etc/nginx/.htpasswd-preview {u} " + X),
 ("sonar_scanner_d_password_property", "cmd", "sonar-scanner -Dsonar.login={u} -Dsonar.password=" + X),
 ("jfrog_config_add_password_flag", "cmd", "jf config add oss --url https://oss.jfrog.example --user {u} --password " + X + " --interactive=false"),
 ("bw_unlock_positional_password", "cmd", "bw unlock " + X + " --raw"),
 ("zip_encrypt_capital_p_flag", "cmd", "zip -r -P " + X + " signing-keys.zip keys/"),
 ("sevenzip_p_attached_switch", "cmd", "7z a -p" + X + " -mhe=on release-secrets.7z secrets/"),
 ("python_ftplib_login_second_arg", "cfg", "from ftplib import FTP_TLS\nftp = FTP_TLS(\"ftp.oss.example\")\nftp.login(\"{u}\", \"" + X + "\")"),
 ("python_imaplib_login_second_arg", "cfg", "import imaplib\nm = imaplib.IMAP4_SSL(\"imap.lists.example\")\nm.login(\"{u}\", \"" + X + "\")"),
 ("python_keyring_set_password_third", "cfg", "import keyring\nkeyring.set_password(\"https://upload.pypi.example/legacy/\", \"{u}\", \"" + X + "\")"),
 ("python_psycopg_connect_password_kwarg", "cfg", "conn = psycopg.connect(host=\"pg.ci.example\", user=\"ci\", password=\"" + X + "\", dbname=\"stats\")"),
 ("python_redis_client_password_kwarg", "cfg", "r = redis.Redis(host=\"cache.ci.example\", port=6379, password=\"" + X + "\")"),
 ("node_nodemailer_auth_pass_field", "cfg", "const t = nodemailer.createTransport({{ host: 'smtp.lists.example', auth: {{ user: '{u}', pass: '" + X + "' }} }});"),
 ("go_smtp_plainauth_third_arg", "cfg", "auth := smtp.PlainAuth(\"\", \"{u}@users.example\", \"" + X + "\", \"smtp.lists.example\")"),
 ("go_mysql_dsn_userinfo", "cfg", "db, err := sql.Open(\"mysql\", \"stats:" + X + "@tcp(mysql.ci.example:3306)/downloads\")"),
 ("rust_reqwest_basic_auth_some", "cfg", "let resp = client.get(url).basic_auth(\"{u}\", Some(\"" + X + "\")).send().await?;"),
 ("java_password_authentication_chararray", "cfg", "return new PasswordAuthentication(\"{u}\", \"" + X + "\".toCharArray());"),
 ("php_pdo_constructor_third_arg", "cfg", "$pdo = new PDO('pgsql:host=pg.ci.example;dbname=stats', 'ci', '" + X + "');"),
 ("ruby_net_smtp_start_fifth_arg", "cfg", "Net::SMTP.start('smtp.lists.example', 587, 'oss.example', '{u}', '" + X + "', :login)"),
 ("docker_run_env_postgres_password", "cmd", "docker run -d -e POSTGRES_PASSWORD=" + X + " -p 5432:5432 postgres:16"),
 ("gh_actions_docker_login_with_password", "cfg", "- uses: docker/login-action@v3\n  with:\n    registry: registry.oss.example\n    username: {u}\n    password: " + X),
]


def generate(pool):
    rng = random.Random(5303)
    out, cmd_i = [], 0
    for typ, kind, tmpl in SYNTAXES:
        v = pool.take(lambda: pwd(rng))
        fill = dict(x=M, u=pick(rng, USERS), r=pick(rng, REPOS), vv=ver(rng))
        line = tmpl.format(**fill)
        if kind == "cmd":
            pres = ("ci_job_log_step", "release_runbook_snippet")[cmd_i % 2]; cmd_i += 1
        else:
            pres = "pr_diff_added_lines"
        t = ts(rng)
        if pres == "ci_job_log_step":
            wrapped = "%s ##[group]Run %s\n%s %s\n%s ##[endgroup]" % (t, " ".join(w for w in line.split("\n")[0].split()[:3] if M not in w), t, line, t)
        elif pres == "release_runbook_snippet":
            wrapped = "### Step %d – manual fallback\n\n```sh\n%s\n```\n" % (rng.randint(2, 9), line)
        else:
            wrapped = "@@ -0,0 +1,%d @@\n" % (line.count("\n") + 1) + "\n".join("+" + l for l in line.split("\n"))
        text, spans = render(wrapped, [v], [typ])
        out.append({"type": typ, "container": typ + "__" + pres, "text": text, "secrets": spans, "source": "password"})
    return out
