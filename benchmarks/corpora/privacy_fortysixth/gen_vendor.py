"""Vendor part: one record per enterprise-IT / identity vendor credential type."""
import random, base64, string
from common import MARK as V, rs, ALNUM, HEXL, B64, B64URL, LOWER_ALNUM, record, jwt_like, b64url_nopad

SEED = 4602
UP = string.ascii_uppercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def uuid(r, upper=False):
    h = rs(r, HEXL, 32)
    u = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    return u.upper() if upper else u


def b64pad(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def _elastic(r):
    return base64.b64encode(("%s:%s" % (rs(r, B64URL, 20), rs(r, B64URL, 22))).encode()).decode()


def _auth0_jwt(r):
    return jwt_like(r, {"alg": "RS256", "typ": "JWT", "kid": rs(r, B64URL, 22)},
                    {"iss": "https://corp-it.eu.auth0.com/", "sub": rs(r, ALNUM, 32) + "@clients",
                     "aud": "https://corp-it.eu.auth0.com/api/v2/", "iat": 1741000000 + r.randrange(99999),
                     "exp": 1741086400 + r.randrange(99999), "gty": "client-credentials"})


def _generic_jwt(r, iss):
    return jwt_like(r, {"alg": "HS256", "typ": "JWT"},
                    {"iss": iss, "jti": uuid(r), "iat": 1740000000 + r.randrange(999999)})


# (type, key name, generator)
TYPES = [
 ("okta_ssws_api_token", "OKTA_API_TOKEN", lambda r: "00" + rs(r, B64URL, 40)),
 ("okta_oidc_web_client_secret", "OKTA_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("auth0_application_client_secret", "AUTH0_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("auth0_management_api_jwt", "AUTH0_MGMT_TOKEN", _auth0_jwt),
 ("onelogin_api_credential_secret", "ONELOGIN_CLIENT_SECRET", lambda r: rs(r, HEXL, 64)),
 ("pingone_worker_app_secret", "PINGONE_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("pingfederate_oauth_client_secret", "PF_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64)),
 ("jumpcloud_admin_api_key", "JUMPCLOUD_API_KEY", lambda r: "jca_" + rs(r, ALNUM, 36)),
 ("duo_admin_api_integration_skey", "DUO_SKEY", lambda r: rs(r, ALNUM, 40)),
 ("entra_app_registration_client_secret", "AZURE_CLIENT_SECRET", lambda r: rs(r, ALNUM, 3) + r.choice("0123456789") + "Q~" + rs(r, ALNUM + "_.~-", 34)),
 ("intune_graph_automation_client_secret", "INTUNE_APP_SECRET", lambda r: rs(r, ALNUM, 3) + r.choice("0123456789") + "Q~" + rs(r, ALNUM + "_~.", 34)),
 ("keycloak_confidential_client_secret", "KEYCLOAK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("cyberark_conjur_host_api_key", "CONJUR_AUTHN_API_KEY", lambda r: rs(r, LOWER_ALNUM, 54)),
 ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_eyJ" + rs(r, B64URL, 220)),
 ("bitwarden_sm_machine_access_token", "BWS_ACCESS_TOKEN", lambda r: "0.%s.%s:%s" % (uuid(r), rs(r, ALNUM, 30), b64pad(r, 16))),
 ("keeper_sm_one_time_access_token", "KSM_TOKEN", lambda r: "US:" + rs(r, B64URL, 43)),
 ("lastpass_enterprise_provisioning_hash", "LASTPASS_PROVHASH", lambda r: rs(r, HEXL, 64)),
 ("beyondtrust_password_safe_api_key", "PS_API_KEY", lambda r: rs(r, HEXL, 128)),
 ("delinea_secret_server_sdk_key", "TSS_SDK_KEY", lambda r: b64pad(r, 48)),
 ("fusionauth_tenant_api_key", "FUSIONAUTH_API_KEY", lambda r: rs(r, B64URL, 44)),
 ("zitadel_service_user_pat", "ZITADEL_PAT", lambda r: rs(r, B64URL, 64)),
 ("authentik_admin_api_token", "AUTHENTIK_TOKEN", lambda r: rs(r, ALNUM, 60)),
 ("clerk_backend_secret_key", "CLERK_SECRET_KEY", lambda r: "sk_live_" + rs(r, ALNUM, 42)),
 ("stytch_live_project_secret", "STYTCH_SECRET", lambda r: "secret-live-" + rs(r, B64URL, 36) + "="),
 ("workos_production_api_key", "WORKOS_API_KEY", lambda r: "sk_" + rs(r, ALNUM, 58)),
 ("descope_management_key", "DESCOPE_MANAGEMENT_KEY", lambda r: "K2" + rs(r, ALNUM, 70)),
 ("kinde_m2m_application_secret", "KINDE_CLIENT_SECRET", lambda r: rs(r, ALNUM, 50)),
 ("google_oauth_web_client_secret", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rs(r, B64URL, 28)),
 ("tailscale_api_access_token", "TS_API_KEY", lambda r: "tskey-api-%sCNTRL-%s" % (rs(r, ALNUM, 11), rs(r, ALNUM, 33))),
 ("microsoft_account_app_password", "O365_APP_PASSWORD", lambda r: rs(r, string.ascii_lowercase, 16)),
 ("google_workspace_app_password", "GMAIL_APP_PASSWORD", lambda r: " ".join(rs(r, string.ascii_lowercase, 4) for _ in range(4))),
 ("okta_scim_provisioning_bearer", "SCIM_BEARER_TOKEN", lambda r: rs(r, B64URL, 40)),
 ("crowdstrike_falcon_api_client_secret", "FALCON_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("sentinelone_console_api_token", "S1_API_TOKEN", lambda r: _generic_jwt(r, "sentinelone")),
 ("netskope_rest_v2_token", "NETSKOPE_API_TOKEN", lambda r: rs(r, HEXL, 32)),
 ("tenable_vm_api_secret_key", "TENABLE_SECRET_KEY", lambda r: rs(r, HEXL, 64)),
 ("rapid7_insight_platform_api_key", "R7_API_KEY", lambda r: uuid(r)),
 ("splunk_hec_input_token", "SPLUNK_HEC_TOKEN", lambda r: uuid(r, True)),
 ("elasticsearch_encoded_api_key", "ES_API_KEY", _elastic),
 ("jamf_pro_api_client_secret", "JAMF_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
 ("kandji_enterprise_api_token", "KANDJI_API_TOKEN", lambda r: uuid(r)),
 ("workspace_one_uem_tenant_code", "AW_TENANT_CODE", lambda r: b64pad(r, 32)),
 ("mosyle_manager_api_access_token", "MOSYLE_ACCESS_TOKEN", lambda r: rs(r, HEXL, 40)),
 ("addigy_api_client_secret", "ADDIGY_CLIENT_SECRET", lambda r: rs(r, HEXL, 64)),
 ("hexnode_mdm_api_key", "HEXNODE_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("simplemdm_account_api_key", "SIMPLEMDM_API_KEY", lambda r: rs(r, ALNUM, 64)),
 ("fleetdm_api_only_user_token", "FLEET_API_TOKEN", lambda r: b64pad(r, 48)),
 ("automox_console_api_key", "AUTOMOX_API_KEY", lambda r: uuid(r)),
 ("ninjaone_api_client_secret", "NINJA_CLIENT_SECRET", lambda r: rs(r, B64URL, 43)),
 ("connectwise_psa_private_key", "CW_PRIVATE_KEY", lambda r: rs(r, ALNUM, 16)),
 ("datto_rmm_api_secret_key", "DATTO_API_SECRET", lambda r: rs(r, UP, 32)),
 ("kaseya_vsa_personal_access_token", "VSA_PAT", lambda r: uuid(r)),
 ("nable_ncentral_api_jwt", "NCENTRAL_JWT", lambda r: _generic_jwt(r, "n-central")),
 ("atera_rmm_api_key", "ATERA_API_KEY", lambda r: rs(r, HEXL, 32)),
 ("syncro_msp_api_token", "SYNCRO_API_TOKEN", lambda r: "T%s-%s" % (rs(r, HEXL, 16), rs(r, HEXL, 32))),
 ("manageengine_sdp_technician_authtoken", "SDP_AUTHTOKEN", lambda r: uuid(r, True)),
 ("servicenow_oauth_client_secret", "SN_CLIENT_SECRET", lambda r: rs(r, ALNUM + "!$#*(", 32)),
 ("zendesk_agent_api_token", "ZENDESK_API_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("freshservice_agent_api_key", "FRESHSERVICE_API_KEY", lambda r: rs(r, ALNUM, 20)),
 ("atlassian_cloud_api_token", "ATLASSIAN_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, HEXL.upper(), 8)),
 ("topdesk_application_password", "TOPDESK_APP_PASSWORD", lambda r: "-".join(rs(r, LOWER_ALNUM, 5) for _ in range(5))),
 ("halo_itsm_api_client_secret", "HALO_CLIENT_SECRET", lambda r: uuid(r) + "-" + uuid(r)),
 ("glpi_rest_app_token", "GLPI_APP_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("snipe_it_personal_api_token", "SNIPEIT_API_TOKEN", lambda r: jwt_like(r, {"typ": "JWT", "alg": "RS256"}, {"aud": "1", "jti": rs(r, HEXL, 80), "scopes": []})),
 ("lansweeper_personal_access_token", "LANSWEEPER_PAT", lambda r: rs(r, HEXL, 8) + "-" + rs(r, HEXL, 40)),
 ("zammad_user_access_token", "ZAMMAD_TOKEN", lambda r: rs(r, B64URL, 64)),
 ("osticket_helpdesk_api_key", "OSTICKET_API_KEY", lambda r: rs(r, HEXL.upper(), 32)),
 ("freshdesk_support_api_key", "FRESHDESK_API_KEY", lambda r: rs(r, ALNUM, 20)),
 ("help_scout_app_secret", "HELPSCOUT_APP_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("ivanti_neurons_itsm_rest_api_key", "IVANTI_REST_KEY", lambda r: rs(r, HEXL.upper(), 32)),
 ("bamboohr_api_key", "BAMBOOHR_API_KEY", lambda r: rs(r, HEXL, 40)),
 ("workday_api_client_secret", "WORKDAY_CLIENT_SECRET", lambda r: rs(r, LOWER_ALNUM, 64)),
 ("rippling_api_bearer_token", "RIPPLING_API_TOKEN", lambda r: rs(r, ALNUM, 64)),
 ("gusto_partner_client_secret", "GUSTO_CLIENT_SECRET", lambda r: rs(r, B64URL, 43)),
 ("personio_api_client_secret", "PERSONIO_CLIENT_SECRET", lambda r: "papi-" + rs(r, B64URL, 40)),
 ("hibob_service_user_token", "HIBOB_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("deel_api_access_token", "DEEL_API_TOKEN", lambda r: rs(r, B64URL, 64)),
 ("greenhouse_harvest_api_key", "GREENHOUSE_HARVEST_KEY", lambda r: rs(r, HEXL, 32) + "-" + r.choice("0123456789")),
 ("lever_recruiting_api_key", "LEVER_API_KEY", lambda r: rs(r, ALNUM + "/+", 48)),
 ("workable_api_access_token", "WORKABLE_TOKEN", lambda r: rs(r, HEXL, 64)),
 ("paylocity_api_client_secret", "PAYLOCITY_CLIENT_SECRET", lambda r: b64pad(r, 64)),
 ("adp_workforce_now_client_secret", "ADP_CLIENT_SECRET", lambda r: uuid(r)),
 ("lattice_people_api_key", "LATTICE_API_KEY", lambda r: uuid(r)),
 ("smartrecruiters_api_key", "SR_API_KEY", lambda r: "DCRA1-" + rs(r, HEXL, 32)),
 ("cornerstone_ondemand_client_secret", "CSOD_CLIENT_SECRET", lambda r: rs(r, HEXL, 64)),
 ("factorial_hr_api_key", "FACTORIAL_API_KEY", lambda r: rs(r, HEXL, 64)),
 ("remote_com_api_token", "REMOTE_API_TOKEN", lambda r: "ra_live_" + rs(r, B64URL, 40)),
 ("veeam_spc_rest_api_key", "VSPC_API_KEY", lambda r: "1" + rs(r, B64URL, 63)),
 ("rubrik_security_cloud_sa_secret", "RSC_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64)),
 ("cohesity_helios_api_key", "HELIOS_API_KEY", lambda r: uuid(r)),
 ("druva_api_client_secret", "DRUVA_SECRET", lambda r: rs(r, B64URL, 40)),
 ("acronis_cyber_protect_client_secret", "ACRONIS_CLIENT_SECRET", lambda r: rs(r, LOWER_ALNUM, 52)),
 ("commvault_qsdk_auth_token", "CV_AUTH_TOKEN", lambda r: rs(r, HEXL, 224)),
 ("netbackup_rest_api_key", "NBU_API_KEY", lambda r: "A" + rs(r, B64URL, 43)),
 ("zerto_zvm_client_secret", "ZVM_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("nutanix_prism_central_api_key", "PRISM_API_KEY", lambda r: rs(r, B64URL, 40)),
 ("vmware_csp_api_refresh_token", "CSP_REFRESH_TOKEN", lambda r: rs(r, B64URL, 65)),
 ("citrix_cloud_api_client_secret", "CTX_CLIENT_SECRET", lambda r: b64pad(r, 16)),
 ("xen_orchestra_authentication_token", "XO_TOKEN", lambda r: rs(r, B64URL, 43)),
 ("storj_serialized_access_grant", "STORJ_ACCESS", lambda r: "1" + rs(r, B58, 240)),
 ("idrive_e2_secret_access_key", "E2_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM, 40)),
 ("proxmox_backup_server_token_secret", "PBS_TOKEN_SECRET", lambda r: uuid(r)),
 ("mimecast_api_secret_key", "MIMECAST_SECRET_KEY", lambda r: b64pad(r, 64)),
 ("proofpoint_tap_service_secret", "PP_TAP_SECRET", lambda r: rs(r, HEXL, 64)),
 ("abnormal_security_api_token", "ABNORMAL_API_TOKEN", lambda r: rs(r, ALNUM, 32)),
 ("zoho_oauth_refresh_token", "ZOHO_REFRESH_TOKEN", lambda r: "1000.%s.%s" % (rs(r, HEXL, 32), rs(r, HEXL, 32))),
 ("fastmail_jmap_api_token", "FASTMAIL_TOKEN", lambda r: "fmu1-%s-%s" % (rs(r, HEXL, 8), rs(r, HEXL, 32))),
 ("zimbra_domain_preauth_key", "ZIMBRA_PREAUTH_KEY", lambda r: rs(r, HEXL, 64)),
 ("mailcow_read_write_api_key", "MAILCOW_API_KEY", lambda r: "-".join(rs(r, UP, 6) for _ in range(5))),
 ("smtp2go_api_key", "SMTP2GO_API_KEY", lambda r: "api-" + rs(r, HEXL.upper(), 32)),
 ("amazon_ses_smtp_password", "SES_SMTP_PASSWORD", lambda r: "B" + rs(r, B64, 43)),
 ("mailersend_api_token", "MAILERSEND_API_TOKEN", lambda r: "mlsn." + rs(r, HEXL, 64)),
 ("resend_api_key", "RESEND_API_KEY", lambda r: "re_%s_%s" % (rs(r, ALNUM, 8), rs(r, ALNUM, 24))),
 ("mailtrap_sending_api_token", "MAILTRAP_TOKEN", lambda r: rs(r, HEXL, 32)),
 ("box_platform_client_secret", "BOX_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("dropbox_short_lived_access_token", "DROPBOX_ACCESS_TOKEN", lambda r: "sl." + rs(r, B64URL, 138)),
 ("egnyte_public_api_key", "EGNYTE_API_KEY", lambda r: rs(r, ALNUM, 24)),
 ("docusign_integration_secret_key", "DOCUSIGN_SECRET_KEY", lambda r: uuid(r)),
 ("sharefile_api_client_secret", "SHAREFILE_CLIENT_SECRET", lambda r: rs(r, ALNUM, 44)),
 ("smartsheet_api_access_token", "SMARTSHEET_TOKEN", lambda r: rs(r, ALNUM, 37)),
 ("sharepoint_addin_client_secret", "SP_CLIENT_SECRET", lambda r: b64pad(r, 32)),
 ("azure_devops_legacy_pat", "AZDO_PAT", lambda r: rs(r, B32L, 52)),
]

# 12 presentation styles: (name, template with {K}, {k} and the marker)
STYLES = [
 ("gpo_registry_preference_item", "<Registry clsid=\"{{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}}\" name=\"{K}\" status=\"{K}\">\n  <Properties action=\"U\" hive=\"HKEY_LOCAL_MACHINE\" key=\"SOFTWARE\\Contoso\\Integrations\" name=\"{K}\" type=\"REG_SZ\" value=\"" + V + "\"/>\n</Registry>\n"),
 ("reg_file_string_value", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Integrations]\n\"{K}\"=\"" + V + "\"\n"),
 ("secretmanagement_set_secret_call", "PS C:\\> Import-Module Microsoft.PowerShell.SecretManagement\nPS C:\\> Set-Secret -Vault ITVault -Name {K} -Secret '" + V + "'\n"),
 ("dotnet_user_secrets_set_command", "C:\\src\\Contoso.IdentitySync> dotnet user-secrets set \"Integrations:{K}\" \"" + V + "\"\nSuccessfully saved Integrations:{K} to the secret store.\n"),
 ("servicenow_sys_properties_xml_record", "<unload unload_date=\"2025-03-04 10:02:11\">\n<sys_properties action=\"INSERT_OR_UPDATE\">\n<name>x_corp_idm.{k}</name>\n<type>string</type>\n<value>" + V + "</value>\n</sys_properties>\n</unload>\n"),
 ("jamf_extension_attribute_zsh", "#!/bin/zsh\n# Extension Attribute: Agent Health\n{K}=\"" + V + "\"\nresult=$(curl -s -H \"Authorization: Bearer ${K}\" https://agent.corp.example/health)\necho \"<result>$result</result>\"\n"),
 ("intune_custom_oma_uri_setting", "Name: Agent settings\nOMA-URI: ./Device/Vendor/MSFT/Policy/Config/ContosoAgent~Policy~Integrations/{K}\nData type: String\nValue: " + V + "\n"),
 ("awx_custom_credential_inputs_yaml", "# AWX credential: identity-sync (type: Custom IdP)\ninputs:\n  base_url: https://idp.corp.example\n  {k}: " + V + "\n"),
 ("helpdesk_kb_draft_code_block", "KB0012 (draft) - Reconnect the integration\n\nPaste the following into the connector's environment:\n```\n{K}=" + V + "\n```\nThen restart the service.\n"),
 ("cmd_setx_machine_variable", "C:\\Windows\\system32>setx {K} \"" + V + "\" /M\n\nSUCCESS: Specified value was saved.\n"),
 ("etc_environment_assignment", "# /etc/environment on idm-bridge01\nPATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n{K}=\"" + V + "\"\n"),
 ("azure_devops_variable_group_json", "{{\n  \"name\": \"idm-prod\",\n  \"variables\": {{\n    \"{K}\": {{ \"value\": \"" + V + "\", \"isSecret\": false }}\n  }}\n}}\n"),
]


def build(ids):
    rng = random.Random(SEED)
    out = []
    for i, (t, key, gen) in enumerate(TYPES):
        sname, tpl = STYLES[i % len(STYLES)]
        val = ids.pool.take(lambda: gen(rng))
        text = tpl.format(K=key, k=key.lower())
        out.append(record(ids.next("s"), "%s__%s" % (t, sname), text, [val], [t], "vendor"))
    return out
