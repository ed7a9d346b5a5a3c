"""Vendor credential types (hosting, CMS, domains/DNS, mail, storage, payments, CMS add-ons ...)."""
import base64, json, random
from common import G, SLOT, place, ALNUM, LOWALNUM, UPALNUM, HEXL, B64URL, LOWER, DIG

SEED = 8402
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def _u(g, f):
    return g.uniq(f)


def _b64str(g, obj):
    return base64.b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode()


V = [
    # control panels and panel add-ons
    ('cpanel_uapi_user_token', lambda g: g.upalnum(32)),
    ('whm_reseller_access_hash', lambda g: g.s(LOWALNUM, 64)),
    ('plesk_rest_api_secret_key', lambda g: g.uuid()),
    ('directadmin_login_key', lambda g: g.alnum(64)),
    ('whmcs_api_credential_secret', lambda g: g.alnum(32)),
    ('whmcs_license_key', lambda g: 'Owned-' + g.hexl(20)),
    ('interworx_nodeworx_api_key', lambda g: g.alnum(88)),
    ('virtualmin_remote_api_password', lambda g: g.owner_password()),
    ('cyberpanel_api_token', lambda g: g.b64(36)),
    ('ispconfig_remote_user_password', lambda g: g.owner_password()),
    ('webmin_root_login_password', lambda g: g.owner_password()),
    ('litespeed_webadmin_password', lambda g: g.owner_password()),
    ('cloudlinux_activation_key', lambda g: g.s(DIG, 1) + '-' + g.hexl(32)),
    ('imunify360_registration_key', lambda g: 'IM' + g.upalnum(14)),
    ('softaculous_api_pass', lambda g: g.alnum(32)),
    ('jetbackup_api_token', lambda g: g.hexl(64)),
    # managed hosts and PaaS
    ('kinsta_company_api_key', lambda g: g.hexl(64)),
    ('wp_engine_api_password', lambda g: g.alnum(32)),
    ('pantheon_machine_token', lambda g: g.b64url(43)),
    ('acquia_cloud_api_secret', lambda g: g.b64(32)),
    ('platform_sh_api_token', lambda g: g.alnum(43)),
    ('pressable_api_client_secret', lambda g: g.alnum(40)),
    ('cloudways_api_key', lambda g: g.alnum(30)),
    ('runcloud_api_secret', lambda g: g.alnum(64)),
    ('laravel_forge_api_token', lambda g: g.jwt({'aud': '1', 'jti': g.hexl(80), 'iat': 1712000000, 'nbf': 1712000000, 'exp': 1743536000, 'sub': str(g.r.randint(10000, 99999)), 'scopes': []}, {'typ': 'JWT', 'alg': 'RS256'})),
    ('ploi_api_token', lambda g: g.jwt({'aud': '3', 'jti': g.hexl(80), 'sub': str(g.r.randint(1000, 9999)), 'scopes': ['*']}, {'typ': 'JWT', 'alg': 'RS256'})),
    ('serverpilot_api_key', lambda g: g.alnum(43)),
    ('gridpane_api_token', lambda g: g.alnum(60)),
    ('spinupwp_api_token', lambda g: g.alnum(40)),
    ('hostinger_api_token', lambda g: g.alnum(48)),
    ('dreamhost_api_key', lambda g: g.upalnum(16)),
    ('ionos_dns_api_key', lambda g: g.hexl(32) + '.' + g.b64url(86)),
    ('hetzner_robot_webservice_password', lambda g: g.owner_password()),
    ('scaleway_secret_key', lambda g: g.uuid()),
    ('contabo_api_client_secret', lambda g: g.alnum(32)),
    ('upcloud_api_subaccount_password', lambda g: g.owner_password()),
    ('ovh_consumer_key', lambda g: g.alnum(32)),
    ('digitalocean_spaces_secret_key', lambda g: g.s(ALNUM + '+/', 43)),
    ('exoscale_api_secret', lambda g: g.b64url(43)),
    # domains and DNS
    ('namecheap_api_key', lambda g: g.hexl(32)),
    ('porkbun_secret_api_key', lambda g: 'sk1_' + g.hexl(64)),
    ('dynadot_api_key', lambda g: g.alnum(40)),
    ('name_com_api_token', lambda g: g.hexl(40)),
    ('gandi_personal_access_token', lambda g: g.hexl(40)),
    ('dnsimple_account_access_token', lambda g: 'dnsimple_a_' + g.alnum(32)),
    ('cloudns_auth_password', lambda g: g.owner_password()),
    ('hurricane_electric_ddns_key', lambda g: g.alnum(16)),
    ('rfc2136_tsig_hmac_sha256_secret', lambda g: g.b64(32)),
    ('acme_dns_account_password', lambda g: g.b64url(40)),
    ('zerossl_eab_hmac_key', lambda g: g.b64url(86)),
    ('cloudflare_origin_ca_service_key', lambda g: 'v1.0-' + g.hexl(24) + '-' + g.hexl(146)),
    # CDN, WAF, performance
    ('bunny_net_account_api_key', lambda g: g.uuid() + g.uuid()),
    ('keycdn_api_key', lambda g: g.alnum(32)),
    ('stackpath_client_secret', lambda g: g.hexl(64)),
    ('sucuri_firewall_api_secret', lambda g: g.hexl(32)),
    ('quic_cloud_api_key', lambda g: g.alnum(32)),
    ('wp_rocket_license_secret', lambda g: g.hexl(8)),
    # WordPress ecosystem
    ('akismet_api_key', lambda g: g.s(LOWALNUM, 12)),
    ('jetpack_blog_token', lambda g: g.alnum(32) + '.' + g.alnum(32) + '.' + str(g.r.randint(1, 9))),
    ('wordpress_com_oauth_client_secret', lambda g: g.alnum(64)),
    ('gravity_forms_license_key', lambda g: g.hexl(32)),
    ('acf_pro_license_key', lambda g: g.b64(45)),
    ('elementor_pro_license_key', lambda g: g.hexl(32)),
    ('envato_personal_token', lambda g: g.alnum(32)),
    ('freemius_secret_key', lambda g: 'sk_' + g.s(ALNUM + '<>;?[]{}=+-_!~', 29)),
    ('wpmu_dev_hub_api_key', lambda g: g.hexl(40)),
    ('mainwp_child_unique_security_id', lambda g: g.alnum(24)),
    ('managewp_worker_connection_key', lambda g: g.b64(48)),
    ('yoast_premium_activation_key', lambda g: g.upalnum(32)),
    ('edd_software_licensing_api_secret', lambda g: g.hexl(32)),
    # other CMS and commerce
    ('magento_integration_access_token', lambda g: g.s(LOWALNUM, 32)),
    ('magento_marketplace_private_key', lambda g: g.hexl(32)),
    ('shopware_integration_secret_access_key', lambda g: g.b64url(56)),
    ('prestashop_webservice_key', lambda g: g.upalnum(32)),
    ('opencart_api_key', lambda g: g.alnum(256)),
    ('typo3_system_encryption_key', lambda g: g.hexl(96)),
    ('craft_cms_security_key', lambda g: g.b64url(32)),
    ('directus_user_static_token', lambda g: g.b64url(32)),
    ('payload_cms_payload_secret', lambda g: g.hexl(24)),
    ('wagtail_django_secret_key', lambda g: g.s(LOWER + DIG + '!@%^*(-_=+)', 50)),
    ('ghost_staff_access_token', lambda g: g.hexl(24) + ':' + g.hexl(64)),
    ('nextcloud_instance_secret', lambda g: g.s(ALNUM + '+/', 48)),
    ('phpmyadmin_blowfish_secret', lambda g: g.alnum(32)),
    ('roundcube_des_key', lambda g: g.alnum(24)),
    ('matomo_auth_token', lambda g: g.hexl(32)),
    ('moodle_web_service_token', lambda g: g.hexl(32)),
    ('mediawiki_secret_key', lambda g: g.hexl(64)),
    ('discourse_admin_api_key', lambda g: g.hexl(64)),
    ('bigbluebutton_shared_secret', lambda g: g.alnum(42)),
    # transactional mail
    ('mailgun_legacy_private_key', lambda g: 'key-' + g.hexl(32)),
    ('brevo_v3_api_key', lambda g: 'xkeysib-' + g.hexl(64) + '-' + g.alnum(16)),
    ('brevo_smtp_relay_key', lambda g: 'xsmtpsib-' + g.hexl(64) + '-' + g.alnum(16)),
    ('mailjet_api_secret_key', lambda g: g.hexl(32)),
    ('postmark_server_api_token', lambda g: g.uuid()),
    ('sparkpost_api_key', lambda g: g.alnum(40)),
    ('mandrill_api_key', lambda g: g.b64url(22)),
    ('smtp2go_api_key', lambda g: 'api-' + g.hexu(32)),
    ('elastic_email_api_key', lambda g: g.hexu(96)),
    ('amazon_ses_smtp_password', lambda g: 'B' + g.s(ALNUM + '+/', 43)),
    ('zoho_mail_app_specific_password', lambda g: g.s(LOWALNUM, 12)),
    ('google_workspace_app_password', lambda g: ' '.join(g.s(LOWER, 4) for _ in range(4))),
    ('mailchimp_marketing_api_key', lambda g: g.hexl(32) + '-us' + str(g.r.randint(2, 21))),
    ('convertkit_api_secret', lambda g: g.b64url(43)),
    # storage and backup targets
    ('idrive_e2_secret_access_key', lambda g: g.alnum(40)),
    ('storj_access_grant', lambda g: '1' + g.s(B58, 300)),
    ('dropbox_short_lived_access_token', lambda g: 'sl.' + g.b64url(138)),
    ('pcloud_oauth_access_token', lambda g: g.alnum(40)),
    ('borgbase_api_token', lambda g: g.jwt({'sub': g.uuid(), 'scope': 'repo:write', 'iat': 1712000000})),
    ('hetzner_storage_box_password', lambda g: g.owner_password()),
    # payments used by shops on shared hosting
    ('authorize_net_transaction_key', lambda g: g.alnum(16)),
    ('braintree_private_key', lambda g: g.hexl(32)),
    ('square_production_access_token', lambda g: 'EAAA' + g.s(ALNUM + '-', 60)),
    ('square_oauth_application_secret', lambda g: 'sq0csp-' + g.b64url(43)),
    ('recurly_private_api_key', lambda g: g.hexl(32)),
    ('chargebee_full_access_key', lambda g: 'live_' + g.alnum(34)),
    ('two_checkout_secret_word', lambda g: g.owner_password()),
    ('sagepay_integration_password', lambda g: g.s(ALNUM, 16)),
    ('worldpay_xml_merchant_password', lambda g: g.owner_password()),
    # media, search, monitoring around sites
    ('tinypng_api_key', lambda g: g.alnum(32)),
    ('imgix_management_api_key', lambda g: 'ak_' + g.hexl(64)),
    ('elasticpress_io_subscription_token', lambda g: g.alnum(64)),
    ('statuscake_api_key', lambda g: g.alnum(20)),
    ('better_stack_uptime_api_token', lambda g: g.alnum(24)),
    ('uptime_kuma_api_key', lambda g: 'uk' + str(g.r.randint(1, 9)) + '_' + g.alnum(40)),
    ('deployhq_api_key', lambda g: g.hexl(40)),
    ('buddy_works_personal_access_token', lambda g: g.alnum(64)),
]

STYLES = [
    ('wp_config_custom_constant', lambda g, k: f"define( '{k}', '{SLOT}' ); // added {g.r.randint(1, 28)}.03. by {g.user()}\n"),
    ('whmcs_module_config_array', lambda g, k: f"<?php\n// modules/addons/sync/config.php\nreturn [\n  'endpoint' => 'https://api.{g.domain()}',\n  '{k.lower()}' => '{SLOT}',\n];\n"),
    ('plesk_nodejs_custom_env_var', lambda g, k: f"Node.js > Custom environment variables ({g.domain()})\n  NODE_ENV          production\n  {k}    {SLOT}\n"),
    ('hosting_ticket_credential_paste', lambda g, k: f"Ticket #{g.r.randint(100000, 999999)} - customer reply\n> Here is what the developer left in the old panel:\n> {k} {SLOT}\n> Can you put it on the new server?\n"),
    ('cpanel_terminal_export_var', lambda g, k: f"[{g.user()}@{g.host().split('.')[0]} ~]$ export {k}='{SLOT}'\n[{g.user()}@{g.host().split('.')[0]} ~]$ php artisan config:cache\n"),
    ('directadmin_cron_env_prefix', lambda g, k: f"Cron Jobs for {g.user()}\n0 2 * * *  {k}=\"{SLOT}\" /usr/local/bin/php /home/{g.user()}/domains/{g.domain()}/sync.php\n"),
    ('ghost_config_nested_member', lambda g, k: f'{{\n  "integrations": {{\n    "{k.lower()}": "{SLOT}"\n  }},\n  "logging": {{ "level": "info" }}\n}}\n'),
    ('strapi_env_helper_fallback', lambda g, k: f"module.exports = ({{ env }}) => ({{\n  key: env('{k}', '{SLOT}'),\n}});\n"),
    ('drupal_settings_custom_key', lambda g, k: f"$settings['{k.lower()}'] = '{SLOT}';\n"),
    ('magento_env_system_default', lambda g, k: f"'system' => [\n    'default' => [\n        'custom' => ['{k.lower()}' => '{SLOT}'],\n    ],\n],\n"),
    ('github_actions_deploy_step_env', lambda g, k: f"      - name: Sync to host\n        env:\n          {k}: {SLOT}\n        run: ./bin/deploy.sh {g.domain()}\n"),
    ('wp_options_autoload_dump_row', lambda g, k: f"| {g.r.randint(300, 9000)} | {k.lower()} | {SLOT} | yes |\n"),
]


def build(used):
    g = G(random.Random(SEED), used)
    out = []
    for i, (t, f) in enumerate(V):
        name, tpl = STYLES[i % len(STYLES)]
        value = g.uniq(lambda: f(g))
        text, s, e = place(tpl(g, t.upper()), value)
        out.append(('vendor', t + '__' + name, text, s, e, t))
    return out
