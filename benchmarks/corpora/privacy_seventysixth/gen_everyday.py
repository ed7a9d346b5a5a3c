"""Everyday part: 45 new container kinds x 4 records, 16 span types."""
import random
from common import spec_value, key_forms, fill, ctx

TYPES = {  # type: (label for key names, shape spec)
    'aws_secret_access_key': ('aws secret access key', 'b40'),
    'database_password': ('db password', 'P'),
    'github_personal_access_token': ('github token', '=ghp_ a36'),
    'jwt_signing_secret': ('jwt signing secret', 'u48'),
    'sendgrid_api_key': ('sendgrid api key', '=SG. u22 =. u43'),
    'slack_bot_token': ('slack bot token', '=xoxb- d12 =- d13 =- a24'),
    'smtp_password': ('smtp password', 'P'),
    'stripe_live_secret_key': ('stripe secret key', '=sk_live_51 a94'),
    'twilio_auth_token': ('twilio auth token', 'h32'),
    # new everyday types for this corpus
    'ldap_service_bind_password': ('ldap bind password', 'P'),
    'oidc_confidential_client_secret': ('oidc client secret', 'a32'),
    'radius_nas_shared_secret': ('radius shared secret', 'P'),
    'scim_provisioning_bearer_token': ('scim bearer token', 'u48'),
    'mail_relay_sasl_password': ('relay sasl password', 'P'),
    'idp_admin_api_token': ('idp admin token', 'a40'),
    'saml_sp_signing_key_passphrase': ('saml key passphrase', 'P'),
}
REPEATED = ['aws_secret_access_key', 'database_password', 'github_personal_access_token', 'jwt_signing_secret',
            'sendgrid_api_key', 'slack_bot_token', 'smtp_password', 'stripe_live_secret_key', 'twilio_auth_token']

KINDS = [
 ('postfix_main_cf_relay_block', '# /etc/postfix/main.cf -- relay via {H}\nrelayhost = [{H}]:{PORT}\nsmtp_sasl_auth_enable = yes\n# {K_words} for the relay account, rotate quarterly\n{K_low} = {V}\nsmtp_tls_security_level = encrypt\n'),
 ('postfix_sasl_passwd_map_file', '# sasl_passwd for {ORG}, run postmap after edits\n# {K_words}\n[{H}]:{PORT} {U}:{V}\n'),
 ('dovecot_conf_d_ext_file', '# conf.d/auth-ldap.conf.ext ({ORG})\npassdb {\n  driver = ldap\n  args = /etc/dovecot/dovecot-ldap.conf.ext\n}\n# {K_words}\n{K_low} = {V}\n'),
 ('dovecot_dict_sql_conf', 'connect = host={H} dbname=mailquota user={U}\n# {K_words} used by the quota dict\n{K_low} = {V}\nmap {\n  pattern = priv/quota/storage\n}\n'),
 ('exchange_ems_powershell_transcript', '**********************\nWindows PowerShell transcript start\nUsername: CORP\\{U}\n**********************\nPS C:\\> ${K_camel} = "{V}"\nPS C:\\> Set-ReceiveConnector -Identity "{H}\\Relay {N}"\n'),
 ('exchange_hybrid_wizard_log', '[{TS}] HCW8064 Connecting to {H}\n[{TS}] Loaded setting {K_camel}={V}\n[{TS}] HCW8078 Federation trust ok\n'),
 ('keycloak_realm_export_json', '{\n  "realm": "{REALM}",\n  "enabled": true,\n  "attributes": {\n    "{K_camel}": "{V}"\n  },\n  "sslRequired": "external"\n}\n'),
 ('keycloak_operator_cr_yaml', 'apiVersion: k8s.keycloak.org/v2alpha1\nkind: Keycloak\nmetadata:\n  name: {REALM}\nspec:\n  instances: {N}\n  additionalOptions:\n    - name: {K_kebab}\n      value: "{V}"\n'),
 ('keycloak_spi_theme_properties', '# themes/{ORG}/login/theme.properties\nparent=keycloak.v2\nimport=common/keycloak\n{K_dot}={V}\n'),
 ('okta_terraform_tfvars', '# terraform.tfvars for okta org {ORG}\norg_name  = "{ORG}"\nbase_url  = "okta.com"\n{K_low} = "{V}"\n'),
 ('okta_workflows_connector_json', '{"connector": "{ORG}-hr-sync", "auth": {"type": "custom", "{K_camel}": "{V}"}, "retry": {N}}\n'),
 ('auth0_deploy_cli_config_json', '{\n  "AUTH0_DOMAIN": "{ORG}.eu.auth0.example",\n  "AUTH0_KEYWORD_REPLACE_MAPPINGS": {\n    "{K_UP}": "{V}"\n  }\n}\n'),
 ('auth0_action_secrets_js', '// post-login action, secrets normally via event.secrets\nconst {K_UP} = "{V}";\nexports.onExecutePostLogin = async (event, api) => {\n  api.idToken.setCustomClaim("org", "{ORG}");\n};\n'),
 ('entra_app_manifest_json', '{\n  "displayName": "{ORG}-mail-connector",\n  "signInAudience": "AzureADMyOrg",\n  "notes": "{K_words}: {V}",\n  "requiredResourceAccess": []\n}\n'),
 ('entra_conditional_access_runbook_md', '## CA break-glass check ({TS})\n1. Sign in as {U}@{ORG}.example\n2. Verify policy exclusions\n3. {K_words}: `{V}`\n4. Record result in change {TICKET}\n'),
 ('azure_ad_connect_sync_log', '{TS} [INFO] Run profile Delta Import on {H}\n{TS} [DEBUG] connector config {K_camel}={V}\n{TS} [INFO] 0 errors, {N} updates\n'),
 ('saml_sp_metadata_xml_comment', '<md:EntityDescriptor entityID="https://{H}/saml/sp">\n  <!-- {K_words}: {V} -->\n  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/>\n</md:EntityDescriptor>\n'),
 ('shibboleth_idp_properties', '# conf/secrets.properties ({ORG})\nidp.entityID = https://{H}/idp/shibboleth\nidp.{K_dot} = {V}\n'),
 ('simplesamlphp_config_php', "<?php\n$config = [\n    'baseurlpath' => 'https://{H}/simplesaml/',\n    '{K_camel}' => '{V}',\n    'technicalcontact_email' => '{U}@{ORG}.example',\n];\n"),
 ('oidc_proxy_nginx_conf', 'location /oauth2/ {\n    proxy_pass http://127.0.0.1:4180;\n    # {K_words}\n    set ${K_low} "{V}";\n}\n'),
 ('openldap_slapd_ldif_export', 'dn: olcDatabase={1}mdb,cn=config\nobjectClass: olcMdbConfig\nolcSuffix: dc={ORG},dc=example\n# {K_words} below\nolcDbDirectory: /var/lib/ldap\ndescription: {K_words} {V}\n'),
 ('active_directory_ldif_dump', 'dn: CN={U},OU=Service Accounts,DC={ORG},DC=example\nchangetype: modify\nreplace: info\ninfo: {K_words}={V}\n-\n'),
 ('sssd_conf_domain_section', '[domain/{ORG}.example]\nid_provider = ldap\nldap_uri = ldaps://{H}\nldap_default_bind_dn = cn={U},dc={ORG},dc=example\n# {K_words}\n{K_low} = {V}\n'),
 ('freeradius_mods_enabled_ldap', 'ldap {\n\tserver = "{H}"\n\tidentity = "cn={U},dc={ORG},dc=example"\n\t# {K_words}\n\t{K_low} = "{V}"\n}\n'),
 ('freeradius_clients_conf_block', 'client wlc-{N} {\n\tipaddr = 10.20.{N}.5\n\tshortname = wlc{N}\n\t# {K_words}\n\t{K_low} = {V}\n}\n'),
 ('wpa_enterprise_profile_mobileconfig', '<dict>\n  <key>PayloadType</key><string>com.apple.wifi.managed</string>\n  <key>SSID_STR</key><string>{ORG}-staff</string>\n  <key>{K_camel}</key><string>{V}</string>\n</dict>\n'),
 ('eap_tls_network_policy_xml', '<NetworkPolicy name="{ORG}-8021x">\n  <Condition type="NASPortType">Wireless</Condition>\n  <Setting name="{K_camel}">{V}</Setting>\n</NetworkPolicy>\n'),
 ('intune_wifi_profile_json', '{"@odata.type": "#microsoft.graph.windowsWifiEnterpriseEAPConfiguration", "ssid": "{ORG}-corp", "{K_camel}": "{V}"}\n'),
 ('gitlab_omniauth_rb', "gitlab_rails['omniauth_providers'] = [\n  { name: 'openid_connect', label: '{ORG} SSO',\n    args: { issuer: 'https://{H}', {K_low}: '{V}' } }\n]\n"),
 ('grafana_generic_oauth_ini', '[auth.generic_oauth]\nenabled = true\nname = {ORG} SSO\nauth_url = https://{H}/oauth2/authorize\n{K_low} = {V}\n'),
 ('nextcloud_user_oidc_occ_log', '$ sudo -u www-data php occ user_oidc:provider {ORG}sso --clientid=nc-{N}\n# {K_words} set to {V}\nProvider {ORG}sso saved\n'),
 ('rspamd_local_d_conf', '# local.d/{ORG}.conf\nservers = "{H}:11334";\n# {K_words}\n{K_low} = "{V}";\n'),
 ('opendkim_signing_notes', 'SigningTable refile:/etc/opendkim/signing.table\nKeyTable /etc/opendkim/key.table\n# note from {U}: {K_words} is {V}\n'),
 ('roundcube_config_inc_php', "<?php\n$config['imap_host'] = 'ssl://{H}:993';\n$config['{K_low}'] = '{V}';\n$config['product_name'] = '{ORG} Webmail';\n"),
 ('mailcow_conf_env', '# mailcow.conf\nMAILCOW_HOSTNAME={H}\n{K_UP}={V}\nSKIP_CLAMD=n\n'),
 ('zimbra_localconfig_xml', '<localconfig>\n  <key name="{K_low}">\n    <value>{V}</value>\n  </key>\n</localconfig>\n'),
 ('haraka_smtp_forward_ini', '; config/smtp_forward.ini\nhost={H}\nport={PORT}\nauth_type=plain\n{K_low}={V}\n'),
 ('sso_vendor_support_chat_paste', '[{TS}] {U}: the IdP rejects our assertion, here is what we configured\n[{TS}] {U}: {K_words} = {V}\n[{TS}] support: thanks, please rotate that after the call\n'),
 ('idp_migration_confluence_table', '|| App || Protocol || Owner || {K_words} ||\n| {ORG}-crm | SAML | {U} | {V} |\n'),
 ('helpdesk_mfa_reset_ticket_mail', 'Subject: RE: MFA reset for {U} (INC{TICKET})\n\nHi,\nas requested the {K_words} is {V}\nPlease confirm once the sync ran.\n'),
 ('iam_change_request_ticket', 'CHG{TICKET} -- rotate {ORG} SSO integration\nImplementation plan:\n  1. update vault\n  2. new {K_words}: {V}\n  3. restart connector on {H}\n'),
 ('mdm_enrollment_script_zsh', '#!/bin/zsh\n# enroll Macs into {ORG} directory binding\nexport {K_UP}="{V}"\n/usr/sbin/dsconfigad -add {ORG}.example -username {U}\n'),
 ('idp_ansible_role_defaults_yaml', '---\n# roles/idp/defaults/main.yml\nidp_hostname: {H}\n{K_low}: "{V}"\nidp_replicas: {N}\n'),
 ('scim_bridge_docker_compose_yaml', 'services:\n  scim-bridge:\n    image: {ORG}/scim-bridge:2.{N}\n    environment:\n      - {K_UP}={V}\n'),
 ('vpn_radius_test_runbook_md', '### RADIUS smoke test for {ORG} VPN\nRun from the jump host, then compare Access-Accept.\n- NAS: {H}\n- {K_words}: {V}\n- expect: Reply-Message "welcome"\n'),
]


def generate(pool):
    r = random.Random(7601)
    types = list(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            t = r.choice([t for t in cands if use[t] == m])
            chosen.append(t)
            use[t] += 1
            label, spec = TYPES[t]
            v = pool.take(lambda: spec_value(r, spec))
            slots = dict(ctx(r)); slots.update(key_forms(label))
            text, s, e = fill(tpl, v, slots)
            recs.append({'type': t, 'container': kind, 'text': text,
                         'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return recs
