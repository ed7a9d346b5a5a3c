"""Everyday records: 45 container kinds from hosting / CMS work x 4 types each."""
import random
from common import G, SLOT, place, record, ALNUM, HEXL

SEED = 8401
SALT_CHARS = ALNUM + '!@%^*()-_+=<>?.~[]{}|:'

TYPES = {
    'cpanel_account_login_password': lambda g: g.uniq(g.owner_password),
    'hosting_ftp_user_password': lambda g: g.uniq(g.owner_password),
    'site_mysql_user_password': lambda g: g.uniq(g.owner_password),
    'outgoing_mailbox_smtp_password': lambda g: g.uniq(g.owner_password),
    'cms_admin_login_password': lambda g: g.uniq(g.owner_password),
    'sftp_private_key_passphrase': lambda g: g.uniq(g.owner_password),
    'wordpress_secure_auth_salt': lambda g: g.uniq(lambda: g.s(SALT_CHARS, 64)),
    'whm_remote_api_token': lambda g: g.uniq(lambda: g.upalnum(32)),
    'wordpress_application_password': lambda g: g.uniq(lambda: ' '.join(g.alnum(4) for _ in range(6))),
    'drupal_settings_hash_salt': lambda g: g.uniq(lambda: g.b64url(74)),
    'magento_env_crypt_key': lambda g: g.uniq(lambda: g.hexl(32)),
    'joomla_configuration_secret': lambda g: g.uniq(lambda: g.alnum(16)),
    'strapi_admin_jwt_secret': lambda g: g.uniq(lambda: g.b64(16)),
    'offsite_backup_s3_secret_key': lambda g: g.uniq(lambda: g.s(ALNUM + '+/', 40)),
    'woocommerce_rest_consumer_secret': lambda g: g.uniq(lambda: 'cs_' + g.hexl(40)),
    'laravel_app_encryption_key': lambda g: g.uniq(lambda: 'base64:' + g.b64(32)),
}


def camel(t):
    p = t.split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])


S = SLOT
# kind -> (key style, template(g, key) -> text with SLOT)
KINDS = [
    ('wp_config_php_constants', 'U', lambda g, k: f"<?php\n/** custom constants added by the agency, {g.domain()} */\ndefine( 'WP_ENVIRONMENT_TYPE', 'production' );\ndefine( '{k}', '{S}' );\n/* That's all, stop editing! Happy publishing. */\n"),
    ('drupal_settings_local_php', 'l', lambda g, k: f"<?php\n// sites/default/settings.local.php on {g.host()}\n$settings['{k}'] = '{S}';\n$settings['trusted_host_patterns'] = ['^www\\\\.{g.site()}\\\\.example\\\\.com$'];\n"),
    ('joomla_configuration_php_class', 'l', lambda g, k: f"<?php\nclass JConfig {{\n\tpublic $sitename = '{g.site()}';\n\tpublic ${k} = '{S}';\n\tpublic $offline = false;\n}}\n"),
    ('magento_app_etc_env_php_array', 'l', lambda g, k: f"<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{g.lowalnum(6)}'],\n    '{k}' => '{S}',\n    'MAGE_MODE' => 'production',\n];\n"),
    ('ghost_config_production_json', 'c', lambda g, k: f'{{\n  "url": "https://{g.domain()}",\n  "server": {{ "port": 2368, "host": "127.0.0.1" }},\n  "{k}": "{S}",\n  "process": "systemd"\n}}\n'),
    ('strapi_project_env_file', 'U', lambda g, k: f"HOST=0.0.0.0\nPORT=1337\n{k}={S}\nDATABASE_CLIENT=mysql\n"),
    ('cpanel_cron_job_command_line', 'U', lambda g, k: f"*/15 * * * * {k}='{S}' /usr/local/bin/php /home/{g.user()}/public_html/wp-cron.php >/dev/null 2>&1\n"),
    ('whm_root_bash_history', 'U', lambda g, k: f"  511  cd /home/{g.user()}/public_html\n  512  export {k}='{S}'\n  513  /scripts/pkgacct {g.user()}\n"),
    ('plesk_scheduled_task_shell_command', 'U', lambda g, k: f"Scheduled task (run a command) for {g.domain()}\nCommand: {k}=\"{S}\" /opt/plesk/php/8.2/bin/php httpdocs/bin/sync.php\nRun: Cron style  0 3 * * *\n"),
    ('directadmin_custom_script_sh', 'U', lambda g, k: f"#!/bin/sh\n# /usr/local/directadmin/scripts/custom/user_create_post.sh\n{k}='{S}'\nexport {k}\nlogger \"provisioned $username\"\n"),
    ('whmcs_configuration_php_file', 'l', lambda g, k: f"<?php\n$license = 'Owned-{g.hexl(10)}';\n${k} = '{S}';\n$templates_compiledir = 'templates_c';\n"),
    ('htaccess_setenv_directive', 'U', lambda g, k: f"# BEGIN custom env\nSetEnv APP_ENV production\nSetEnv {k} \"{S}\"\n# END custom env\nRewriteEngine On\n"),
    ('php_fpm_pool_env_directive', 'U', lambda g, k: f"[{g.user()}]\nuser = {g.user()}\nlisten = /run/php-fpm/{g.site()}.sock\nenv[{k}] = \"{S}\"\npm = ondemand\n"),
    ('wp_cli_yml_config', 'l', lambda g, k: f"path: public_html\nurl: https://{g.domain()}\n{k}: '{S}'\ncore download:\n  locale: en_GB\n"),
    ('wordmove_movefile_yml', 'l', lambda g, k: f"production:\n  vhost: https://{g.domain()}\n  wordpress_path: /home/{g.user()}/public_html\n  {k}: \"{S}\"\n"),
    ('deployer_php_recipe', 'l', lambda g, k: f"<?php\nnamespace Deployer;\nrequire 'recipe/wordpress.php';\nset('{k}', '{S}');\nhost('{g.host()}')->set('remote_user', '{g.user()}');\n"),
    ('wordpress_stack_compose_yaml', 'U', lambda g, k: f"services:\n  wordpress:\n    image: wordpress:6-php8.2-apache\n    environment:\n      {k}: \"{S}\"\n      WORDPRESS_DB_HOST: db\n"),
    ('local_flywheel_site_json', 'c', lambda g, k: f'{{\n  "name": "{g.site()}",\n  "domain": "{g.site()}.local",\n  "{k}": "{S}",\n  "services": {{ "php": "8.2.10" }}\n}}\n'),
    ('lando_yml_service_overrides', 'U', lambda g, k: f"name: {g.site()}\nrecipe: wordpress\nservices:\n  appserver:\n    overrides:\n      environment:\n        {k}: '{S}'\n"),
    ('ddev_config_local_yaml', 'U', lambda g, k: f"# .ddev/config.local.yaml (not in git?)\nweb_environment:\n  - {k}={S}\n  - WP_DEBUG=true\n"),
    ('all_in_one_migration_log_txt', 'l', lambda g, k: f"[{g.r.randint(10, 28)} Mar 2024 10:{g.r.randint(10, 59)}:02] Import started for {g.domain()}\n[debug] {k}={S}\n[info] Restoring database tables...\n"),
    ('updraftplus_settings_export_json', 'l', lambda g, k: f'{{"updraft_service":["s3generic"],"updraft_s3generic":{{"version":"1","settings":{{"s-{g.hexl(32)}":{{"{k}":"{S}","path":"backups/{g.site()}"}}}}}}}}\n'),
    ('duplicator_installer_log', 'l', lambda g, k: f"********************************************************************************\nDUPLICATOR-LITE INSTALL-LOG\n--------------------------------------\n{k}: {S}\nURL NEW: https://{g.domain()}\n"),
    ('hosting_support_ticket_reply_txt', 'l', lambda g, k: f"Hello {g.user()},\n\nWe finished the move to the new server. For your records:\n{k.replace('_', ' ')}: {S}\n\nKind regards,\nHosting Support\n"),
    ('whmcs_ticket_admin_note', 'l', lambda g, k: f"[Admin note on #{g.r.randint(100000, 999999)}] client asked us to reuse the old value -> {k} = {S} (do not email)\n"),
    ('cpanel_homedir_dot_my_cnf', 'l', lambda g, k: f"[client]\nuser={g.user()}_wp\n# {k}\npassword=\"{S}\"\nhost=localhost\n"),
    ('nginx_fastcgi_param_block', 'U', lambda g, k: f"location ~ \\.php$ {{\n    include fastcgi_params;\n    fastcgi_param {k} \"{S}\";\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}}\n"),
    ('apache_vhost_setenv_block', 'U', lambda g, k: f"<VirtualHost *:443>\n    ServerName {g.domain()}\n    DocumentRoot /var/www/{g.site()}\n    SetEnv {k} {S}\n</VirtualHost>\n"),
    ('wp_options_sql_dump_row', 'l', lambda g, k: f"INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES\n({g.r.randint(200, 9999)}, '{k}', '{S}', 'no');\n"),
    ('drush_site_alias_yml', 'l', lambda g, k: f"prod:\n  host: {g.host()}\n  user: {g.user()}\n  root: /var/www/{g.site()}/web\n  {k}: '{S}'\n"),
    ('magento_config_show_output', 'l', lambda g, k: f"$ bin/magento config:show | grep -i {k.split('_')[0]}\nweb/secure/base_url - https://{g.domain()}/\ncustom/{k} - {S}\n"),
    ('pm2_ecosystem_config_js', 'U', lambda g, k: f"module.exports = {{\n  apps: [{{\n    name: 'ghost-{g.site()}',\n    script: 'current/index.js',\n    env: {{ NODE_ENV: 'production', {k}: '{S}' }}\n  }}]\n}};\n"),
    ('strapi_config_plugins_js', 'c', lambda g, k: f"module.exports = ({{ env }}) => ({{\n  upload: {{ config: {{ provider: 'local' }} }},\n  custom: {{ {k}: '{S}' }},\n}});\n"),
    ('gitlab_ci_sftp_deploy_yaml', 'U', lambda g, k: f"deploy_production:\n  stage: deploy\n  variables:\n    {k}: \"{S}\"\n  script:\n    - lftp -e 'mirror -R dist/ /public_html' sftp://{g.host()}\n"),
    ('github_actions_ftp_deploy_yaml', 'U', lambda g, k: f"- name: Upload theme\n  uses: SamKirkland/FTP-Deploy-Action@v4.3.5\n  env:\n    {k}: {S}\n  with:\n    server: ftp.{g.domain()}\n"),
    ('rclone_backup_conf_ini', 'l', lambda g, k: f"[offsite]\ntype = s3\nprovider = Other\nendpoint = s3.backupvault.example.net\n{k} = {S}\n"),
    ('restic_backup_env_script', 'U', lambda g, k: f"#!/bin/bash\nexport RESTIC_REPOSITORY=s3:https://s3.backupvault.example.net/{g.site()}\nexport {k}=\"{S}\"\nrestic backup /home --exclude-caches\n"),
    ('softaculous_install_log', 'l', lambda g, k: f"[INSTALL] WordPress 6.4.3 -> https://{g.domain()}/blog\n[INSTALL] {k} => {S}\n[INSTALL] Completed in 14.2 s\n"),
    ('hosting_migration_checklist_md', 'l', lambda g, k: f"## Cut-over checklist: {g.domain()}\n\n| item | value |\n|---|---|\n| {k} | {S} |\n| DNS TTL lowered | yes |\n"),
    ('site_handoff_credentials_csv', 'l', lambda g, k: f"site,item,value,owner\n{g.domain()},{k},{S},{g.user()}\n"),
    ('php_error_log_var_dump', 'l', lambda g, k: f"[12-Apr-2024 08:1{g.r.randint(0, 9)}:44 UTC] PHP Notice: debug dump\narray(2) {{\n  [\"host\"]=>\n  string(9) \"localhost\"\n  [\"{k}\"]=>\n  string({{LEN}}) \"{S}\"\n}}\n"),
    ('wp_debug_log_print_r', 'l', lambda g, k: f"[12-Apr-2024 09:0{g.r.randint(0, 9)}:11 UTC] Array\n(\n    [site] => {g.domain()}\n    [{k}] => {S}\n)\n"),
    ('phpinfo_environment_table_html', 'U', lambda g, k: f"<h2>Environment</h2>\n<table>\n<tr><td class=\"e\">HOME </td><td class=\"v\">/home/{g.user()} </td></tr>\n<tr><td class=\"e\">{k} </td><td class=\"v\">{S} </td></tr>\n</table>\n"),
    ('filezilla_site_export_comment_xml', 'l', lambda g, k: f"<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>{g.host()}</Host>\n      <Port>21</Port>\n      <Comments>{k}: {S}</Comments>\n    </Server>\n  </Servers>\n</FileZilla3>\n"),
    ('cloudpanel_vhost_editor_snippet', 'U', lambda g, k: f"server {{\n  server_name {g.domain()};\n  # CloudPanel vhost editor\n  set ${k.lower()} \"{S}\";\n  root /home/{g.user()}/htdocs/{g.domain()};\n}}\n"),
]


def build(used):
    g = G(random.Random(SEED), used)
    kinds = KINDS[:45]
    assert len(kinds) == 45 and len({k for k, _, _ in kinds}) == 45
    tlist = sorted(TYPES)
    count = {t: 0 for t in tlist}
    out = []
    for kind, style, tpl in kinds:
        chosen = []
        for _ in range(4):
            cands = [t for t in tlist if t not in chosen]
            m = min(count[t] for t in cands)
            t = g.r.choice([t for t in cands if count[t] == m])
            chosen.append(t)
            count[t] += 1
        for t in chosen:
            key = t.upper() if style == 'U' else (camel(t) if style == 'c' else t)
            value = TYPES[t](g)
            tmpl = tpl(g, key).replace('{LEN}', str(len(value.encode())))
            text, s, e = place(tmpl, value)
            out.append(('everyday', kind, text, s, e, t))
    return out
