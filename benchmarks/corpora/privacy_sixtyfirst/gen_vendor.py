"""Vendor part: one record per network / telecom / NOC-tooling vendor credential type, 12 styles cycled."""
import base64, json, random
from common import *

SEED = 6102

def _cf_tunnel(r):
    d = {"a": hexs(r, 32), "t": uuid4(r), "s": b64(r, 32)}
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()

def _elastic(r):
    return base64.b64encode((alnum(r, 20) + ":" + pick(r, URLSAFE, 22)).encode()).decode()

def _jwtp(iss):
    return lambda r: jwt(r, {"iss": iss, "sub": uuid4(r), "iat": 1735000000 + r.randint(0, 9999999)}, 32, "HS256")

def _jwtrs(iss):
    return lambda r: jwt(r, {"iss": iss, "sub": str(r.randint(100000, 999999)), "exp": 1767000000 + r.randint(0, 9999999)}, 256, "RS256")

def _pw(r): return password(r)

# (type, env / key name, generator)
VENDORS = [
 ("meraki_dashboard_api_key", "MERAKI_DASHBOARD_API_KEY", lambda r: hexs(r, 40)),
 ("arista_cloudvision_service_token", "CVP_SERVICE_ACCOUNT_TOKEN", _jwtrs("cvaas.arista.io")),
 ("juniper_mist_api_token", "MIST_API_TOKEN", lambda r: alnum(r, 80)),
 ("aruba_central_refresh_token", "ARUBA_CENTRAL_REFRESH_TOKEN", lambda r: alnum(r, 32)),
 ("fortios_rest_api_admin_key", "FORTIGATE_API_KEY", lambda r: pick(r, "Gcdfhjkmnpqrstwxyz" + UP + DIG, 30)),
 ("panos_xml_api_key", "PANOS_API_KEY", lambda r: "LUFRPT" + b64(r, 60)),
 ("unifi_site_manager_api_key", "UNIFI_API_KEY", lambda r: pick(r, URLSAFE, 32)),
 ("netbox_v2_api_token", "NETBOX_TOKEN", lambda r: "nbt_" + alnum(r, 12) + "." + alnum(r, 40)),
 ("nautobot_rest_token", "NAUTOBOT_TOKEN", lambda r: hexs(r, 40)),
 ("librenms_api_auth_token", "LIBRENMS_TOKEN", lambda r: hexs(r, 32)),
 ("zabbix_api_token", "ZABBIX_API_TOKEN", lambda r: hexs(r, 64)),
 ("prtg_api_passhash", "PRTG_PASSHASH", lambda r: digits(r, 10)),
 ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)),
 ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + b64(r, 90).rstrip("=")),
 ("kentik_api_token", "KENTIK_API_TOKEN", lambda r: hexs(r, 32)),
 ("thousandeyes_oauth_bearer_token", "TE_BEARER_TOKEN", uuid4),
 ("cloudflare_tunnel_token", "TUNNEL_TOKEN", _cf_tunnel),
 ("cloudflare_user_api_token", "CLOUDFLARE_API_TOKEN", lambda r: pick(r, URLSAFE, 40)),
 ("ns1_managed_dns_api_key", "NS1_APIKEY", lambda r: alnum(r, 20)),
 ("dnsimple_account_token", "DNSIMPLE_TOKEN", lambda r: "dnsimple_a_" + alnum(r, 32)),
 ("bandwidth_voice_api_client_secret", "BW_CLIENT_SECRET", lambda r: alnum(r, 40)),
 ("signalwire_project_token", "SIGNALWIRE_TOKEN", lambda r: "PT" + hexs(r, 48)),
 ("voipms_api_password", "VOIPMS_API_PASSWORD", _pw),
 ("flowroute_api_secret_key", "FLOWROUTE_SECRET_KEY", lambda r: alnum(r, 32)),
 ("messagebird_live_access_key", "MESSAGEBIRD_ACCESS_KEY", lambda r: alnum(r, 25)),
 ("clicksend_api_key", "CLICKSEND_API_KEY", lambda r: "-".join(hexs(r, k, True) for k in (8, 4, 4, 4, 12))),
 ("africastalking_api_key", "AT_API_KEY", lambda r: "atsk_" + hexs(r, 64)),
 ("ringcentral_jwt_credential", "RC_JWT", _jwtrs("platform.ringcentral.com")),
 ("zoom_s2s_oauth_client_secret", "ZOOM_CLIENT_SECRET", lambda r: alnum(r, 32)),
 ("dialpad_api_key", "DIALPAD_API_KEY", lambda r: alnum(r, 64)),
 ("aircall_api_token", "AIRCALL_API_TOKEN", lambda r: hexs(r, 32)),
 ("cisco_umbrella_api_secret", "UMBRELLA_API_SECRET", lambda r: hexs(r, 32)),
 ("zscaler_zia_api_key", "ZIA_API_KEY", lambda r: alnum(r, 32)),
 ("cato_networks_api_key", "CATO_API_KEY", lambda r: alnum(r, 32)),
 ("netskope_rest_v2_token", "NETSKOPE_API_TOKEN", lambda r: hexs(r, 32)),
 ("netbird_personal_access_token", "NB_PAT", lambda r: "nbp_" + alnum(r, 36)),
 ("twingate_api_token", "TWINGATE_API_TOKEN", lambda r: pick(r, URLSAFE, 64)),
 ("headscale_api_key", "HEADSCALE_API_KEY", lambda r: alnum(r, 10) + "." + alnum(r, 32)),
 ("wireguard_interface_private_key", "WG_PRIVATE_KEY", lambda r: b64(r, 32)),
 ("opnsense_api_secret", "OPNSENSE_API_SECRET", lambda r: pick(r, ALNUM + "+/", 80)),
 ("pfsense_rest_api_client_token", "PFSENSE_API_TOKEN", lambda r: hexs(r, 32)),
 ("peplink_incontrol2_client_secret", "IC2_CLIENT_SECRET", lambda r: alnum(r, 32)),
 ("cradlepoint_ncm_ecm_api_key", "X_ECM_API_KEY", lambda r: hexs(r, 40)),
 ("equinix_metal_auth_token", "METAL_AUTH_TOKEN", lambda r: alnum(r, 32)),
 ("megaport_api_client_secret", "MEGAPORT_SECRET_KEY", lambda r: alnum(r, 40)),
 ("packetfabric_api_key", "PF_TOKEN", lambda r: "pfa-" + alnum(r, 40)),
 ("ipinfo_access_token", "IPINFO_TOKEN", lambda r: hexs(r, 14)),
 ("maxmind_geoip_license_key", "MAXMIND_LICENSE_KEY", lambda r: alnum(r, 6) + "_" + alnum(r, 29) + "_mmk"),
 ("shodan_api_key", "SHODAN_API_KEY", lambda r: alnum(r, 32)),
 ("censys_search_api_secret", "CENSYS_API_SECRET", lambda r: alnum(r, 32)),
 ("greynoise_api_key", "GREYNOISE_API_KEY", lambda r: alnum(r, 64)),
 ("virustotal_api_key", "VT_API_KEY", lambda r: hexs(r, 64)),
 ("abuseipdb_api_key", "ABUSEIPDB_KEY", lambda r: hexs(r, 80)),
 ("securitytrails_api_key", "SECURITYTRAILS_APIKEY", lambda r: alnum(r, 32)),
 ("peeringdb_api_key", "PEERINGDB_API_KEY", lambda r: alnum(r, 8) + "." + alnum(r, 32)),
 ("ripe_atlas_api_key", "RIPE_ATLAS_KEY", uuid4),
 ("arin_online_api_key", "ARIN_API_KEY", lambda r: "API-" + "-".join(hexs(r, 4, True) for _ in range(4))),
 ("akamai_edgegrid_client_secret", "AKAMAI_CLIENT_SECRET", lambda r: b64(r, 32)),
 ("akamai_edgegrid_access_token", "AKAMAI_ACCESS_TOKEN", lambda r: "akab-" + lowdig(r, 16) + "-" + lowdig(r, 16)),
 ("fastly_api_token", "FASTLY_API_TOKEN", lambda r: pick(r, URLSAFE, 32)),
 ("linode_personal_access_token", "LINODE_TOKEN", lambda r: hexs(r, 64)),
 ("vultr_api_key", "VULTR_API_KEY", lambda r: updig(r, 36)),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda r: alnum(r, 64)),
 ("ovh_application_secret", "OVH_APPLICATION_SECRET", lambda r: alnum(r, 32)),
 ("scaleway_secret_key", "SCW_SECRET_KEY", uuid4),
 ("gandi_personal_access_token", "GANDI_PAT", lambda r: hexs(r, 40)),
 ("namecheap_api_key", "NAMECHEAP_API_KEY", lambda r: hexs(r, 32)),
 ("godaddy_api_secret", "GODADDY_API_SECRET", lambda r: alnum(r, 22)),
 ("porkbun_secret_api_key", "PORKBUN_SECRET_API_KEY", lambda r: "sk1_" + hexs(r, 64)),
 ("splunk_hec_token", "SPLUNK_HEC_TOKEN", uuid4),
 ("sumo_logic_access_key", "SUMO_ACCESS_KEY", lambda r: alnum(r, 64)),
 ("logzio_shipping_token", "LOGZIO_TOKEN", lambda r: pick(r, LOW + UP, 32)),
 ("newrelic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + updig(r, 27)),
 ("newrelic_ingest_license_key", "NEW_RELIC_LICENSE_KEY", lambda r: hexs(r, 36) + "NRAL"),
 ("elastic_cloud_encoded_api_key", "ELASTIC_API_KEY", _elastic),
 ("logicmonitor_lmv1_access_key", "LM_ACCESS_KEY", lambda r: pick(r, ALNUM + "[]{}()!=+-_^$%", 40)),
 ("auvik_api_key", "AUVIK_API_KEY", lambda r: alnum(r, 40)),
 ("domotz_public_api_key", "DOMOTZ_API_KEY", lambda r: alnum(r, 48)),
 ("statuspage_api_key", "STATUSPAGE_API_KEY", lambda r: hexs(r, 36)),
 ("uptimerobot_main_api_key", "UPTIMEROBOT_API_KEY", lambda r: "u" + digits(r, 7) + "-" + hexs(r, 24)),
 ("pingdom_api_token", "PINGDOM_TOKEN", lambda r: pick(r, URLSAFE, 64)),
 ("betterstack_uptime_api_token", "BETTERSTACK_TOKEN", lambda r: alnum(r, 24)),
 ("healthchecks_io_api_key", "HC_API_KEY", lambda r: pick(r, URLSAFE, 32)),
 ("cisco_smart_licensing_id_token", "SL_ID_TOKEN", lambda r: b64(r, 60).rstrip("=") + "%0A" + b64(r, 60).rstrip("=") + "%3D%0A"),
 ("cisco_intersight_api_key_id", "INTERSIGHT_API_KEY_ID", lambda r: hexs(r, 24) + "/" + hexs(r, 24) + "/" + hexs(r, 24)),
 ("extreme_cloudiq_access_token", "XIQ_TOKEN", _jwtp("extremecloudiq.com")),
 ("ruckus_one_client_secret", "R1_CLIENT_SECRET", lambda r: alnum(r, 32)),
 ("cambium_cnmaestro_client_secret", "CNMAESTRO_CLIENT_SECRET", lambda r: alnum(r, 40)),
 ("sophos_central_client_secret", "SOPHOS_CLIENT_SECRET", lambda r: hexs(r, 100)),
 ("checkpoint_smart1_cloud_api_key", "CP_API_KEY", lambda r: alnum(r, 22) + "=="),
 ("vmware_sdwan_orchestrator_api_token", "VCO_API_TOKEN", _jwtp("vco.velocloud.net")),
 ("hpe_aruba_edgeconnect_api_key", "ORCH_API_KEY", lambda r: hexs(r, 64)),
 ("infoblox_bloxone_api_key", "BLOXONE_API_KEY", lambda r: hexs(r, 64)),
 ("f5_distributed_cloud_api_token", "VOLT_API_TOKEN", lambda r: b64(r, 24)),
 ("genesys_cloud_client_secret", "GENESYS_CLIENT_SECRET", lambda r: pick(r, URLSAFE, 43)),
 ("kaleyra_api_key", "KALEYRA_API_KEY", lambda r: "A" + hexs(r, 32)),
 ("textmagic_api_key", "TEXTMAGIC_API_KEY", lambda r: alnum(r, 30)),
 ("telesign_api_key", "TELESIGN_API_KEY", lambda r: b64(r, 66)),
 ("once_iot_sim_api_password", "ONCE_API_PASSWORD", _pw),
 ("emnify_application_token", "EMNIFY_APP_TOKEN", _jwtrs("cdn.emnify.net")),
 ("onomondo_api_key", "ONOMONDO_API_KEY", lambda r: "onomondo-api-key-" + hexs(r, 48)),
 ("splunk_oncall_api_key", "VO_API_KEY", lambda r: hexs(r, 32)),
 ("squadcast_refresh_token", "SQUADCAST_REFRESH_TOKEN", lambda r: hexs(r, 64)),
 ("freshservice_api_key", "FRESHSERVICE_API_KEY", lambda r: alnum(r, 20)),
 ("connectwise_manage_private_key", "CW_PRIVATE_KEY", lambda r: alnum(r, 16)),
 ("halopsa_client_secret", "HALO_CLIENT_SECRET", lambda r: hexs(r, 32) + "-" + hexs(r, 32)),
 ("autotask_api_integration_secret", "AUTOTASK_SECRET", lambda r: pick(r, ALNUM + "*$#@", 28)),
 ("ninjaone_client_secret", "NINJA_CLIENT_SECRET", lambda r: pick(r, URLSAFE, 52)),
 ("datto_rmm_api_secret_key", "DATTO_API_SECRET", lambda r: updig(r, 32)),
 ("awx_oauth2_personal_token", "CONTROLLER_OAUTH_TOKEN", lambda r: alnum(r, 30)),
 ("cloudshark_api_token", "CLOUDSHARK_TOKEN", lambda r: hexs(r, 32)),
 ("ipfabric_api_token", "IPF_TOKEN", lambda r: hexs(r, 32)),
 ("forward_networks_api_secret", "FWD_API_SECRET", lambda r: alnum(r, 43)),
 ("itential_platform_client_secret", "ITENTIAL_CLIENT_SECRET", uuid4),
 ("catalyst_center_itsm_bearer_token", "DNAC_TOKEN", _jwtp("dnac.cisco.local")),
 ("observium_api_password", "OBSERVIUM_API_PASSWORD", _pw),
 ("netdisco_api_key", "NETDISCO_API_KEY", lambda r: hexs(r, 32)),
 ("nokia_nsp_client_secret", "NSP_CLIENT_SECRET", uuid4),
 ("ubiquiti_uisp_api_token", "UISP_APP_KEY", uuid4),
 ("telnyx_sip_connection_password", "TELNYX_SIP_PASSWORD", _pw),
 ("twilio_sip_domain_credential_password", "TWILIO_SIP_CRED_PASSWORD", lambda r: "Ab" + alnum(r, 10) + digits(r, 2)),
 ("three_cx_provisioning_link_key", "TCX_PROV_KEY", lambda r: alnum(r, 20)),
 ("mikrotik_cloud_backup_secret", "MT_CLOUD_BACKUP_SECRET", _pw),
 ("starlink_enterprise_client_secret", "STARLINK_CLIENT_SECRET", lambda r: b64url(r, 32)),
]

STYLES = [
 ("noc_runbook_env_export", "# runbook {ticket}: poller credentials\nexport {KE}='{V}'\nexport POLLER_HOST={host}\n"),
 ("router_config_archive_comment", "! archived {date} from {host}\n! integration {KE}\n!   value {V}\n!\ninterface Loopback0\n ip address {ip} 255.255.255.255\n"),
 ("nms_credentials_yaml_entry", "integrations:\n  - name: {KL}\n    site: {site}\n    secret: \"{V}\"\n"),
 ("tac_case_email_quote", "> On {date}, {user}@netops.example wrote:\n> TAC asked for the integration config, here it is:\n>   {KE}={V}\n> Please close {ticket} once verified.\n"),
 ("tower_tech_text_message", "[{date} 14:41 SMS from field] at {site} now, portal wants the {KL} - using {V} from the van laptop, ok?\n"),
 ("python_netauto_constant", "# netauto/settings.py\nPOLLER = \"{host}\"\n{KE} = \"{V}\"\nTIMEOUT = 30\n"),
 ("ticket_worklog_line", "{ticket} | {date} | {user} | rotated {KL}; new value {V} pushed to vault later\n"),
 ("monitoring_helm_values_yaml", "collector:\n  image: registry.netops.example/collector:2.{n}\n  env:\n    - name: {KE}\n      value: \"{V}\"\n"),
 ("poller_ini_section", "[{site}]\nhost = {host}\n{KC} = {V}\nretries = 3\n"),
 ("integration_json_block", "{{\"integration\": \"{KL}\", \"enabled\": true, \"credential\": \"{V}\", \"site\": \"{site}\"}}\n"),
 ("powershell_env_assignment", "PS C:\\noc> $env:{KE} = \"{V}\"\nPS C:\\noc> .\\Sync-Inventory.ps1 -Site {site}\n"),
 ("dotenv_monitoring_stack", "# .env for the monitoring stack on {host}\nCOMPOSE_PROJECT_NAME=noc\n{KE}={V}\nTZ=UTC\n"),
]

def generate(pool):
    r = random.Random(SEED)
    out = []
    for i, (typ, ke, gen) in enumerate(VENDORS):
        style, tpl = STYLES[i % len(STYLES)]
        while True:
            v = gen(r)
            if v not in pool: break
        pool.add(v)
        kl = typ.replace("_", " ")
        out.append(record(fill(tpl, r, KE=ke, KC=ke.lower(), KL=kl), v, typ, typ + "__" + style, "vendor"))
    return out
