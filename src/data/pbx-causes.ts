/**
 * Hangup causes as Asterisk (chan_pjsip) and FreeSWITCH (mod_sofia) name them, read from their
 * source: the Q.850 cause behind each name, and the SIP response each PBX sends when that
 * cause ends a call before it is answered ("(default)" where the PBX has no case for it:
 * Asterisk then sends 603, FreeSWITCH 480).
 */
export const PBX_SYSTEMS = ['Asterisk', 'FreeSWITCH'] as const;
export type PbxSystem = (typeof PBX_SYSTEMS)[number];

export interface PbxCause {
  system: PbxSystem;
  /** The constant or log name: "AST_CAUSE_NORMAL_CIRCUIT_CONGESTION", "NORMAL_TEMPORARY_FAILURE". */
  name: string;
  /** Other names of the same cause ("AST_CAUSE_CONGESTION"). */
  aliases: string[];
  /** The text Asterisk logs for it ("Circuit/channel congestion"); empty for FreeSWITCH. */
  logText: string;
  /** The Q.850 cause, or null for values that are not Q.850 causes. */
  q850: number | null;
  /** The SIP response sent, as a number, or null where none is sent. */
  sent: number | null;
  /** True where the PBX has no case for the cause and falls back to its default response. */
  fallback: boolean;
}

const rows: [PbxSystem, string[], number | null, string, string][] = [
  ["Asterisk", ["AST_CAUSE_NOTDEFINED"], null, "603 (default)", ""],
  ["Asterisk", ["AST_CAUSE_UNALLOCATED"], 1, "404", "Unallocated (unassigned) number"],
  ["Asterisk", ["AST_CAUSE_NO_ROUTE_TRANSIT_NET"], 2, "404", "No route to specified transmit network"],
  ["Asterisk", ["AST_CAUSE_NO_ROUTE_DESTINATION"], 3, "404", "No route to destination"],
  ["Asterisk", ["AST_CAUSE_MISDIALLED_TRUNK_PREFIX"], 5, "603 (default)", "Misdialed trunk prefix"],
  ["Asterisk", ["AST_CAUSE_CHANNEL_UNACCEPTABLE"], 6, "603 (default)", "Channel unacceptable"],
  ["Asterisk", ["AST_CAUSE_CALL_AWARDED_DELIVERED"], 7, "603 (default)", "Call awarded and being delivered in an established channel"],
  ["Asterisk", ["AST_CAUSE_PRE_EMPTED"], 8, "603 (default)", "Pre-empted"],
  ["Asterisk", ["AST_CAUSE_NUMBER_PORTED_NOT_HERE"], 14, "603 (default)", "Number ported elsewhere"],
  ["Asterisk", ["AST_CAUSE_NORMAL_CLEARING", "AST_CAUSE_NORMAL"], 16, "603 (default)", "Normal Clearing"],
  ["Asterisk", ["AST_CAUSE_USER_BUSY", "AST_CAUSE_BUSY"], 17, "486", "User busy"],
  ["Asterisk", ["AST_CAUSE_NO_USER_RESPONSE"], 18, "408", "No user responding"],
  ["Asterisk", ["AST_CAUSE_NO_ANSWER", "AST_CAUSE_NOANSWER"], 19, "480", "User alerting, no answer"],
  ["Asterisk", ["AST_CAUSE_SUBSCRIBER_ABSENT", "AST_CAUSE_UNREGISTERED"], 20, "480", "Subscriber absent"],
  ["Asterisk", ["AST_CAUSE_CALL_REJECTED"], 21, "403", "Call Rejected"],
  ["Asterisk", ["AST_CAUSE_NUMBER_CHANGED"], 22, "410", "Number changed"],
  ["Asterisk", ["AST_CAUSE_REDIRECTED_TO_NEW_DESTINATION"], 23, "302", "Redirected to new destination"],
  ["Asterisk", ["AST_CAUSE_ANSWERED_ELSEWHERE"], 26, "603 (default)", "Answered elsewhere"],
  ["Asterisk", ["AST_CAUSE_DESTINATION_OUT_OF_ORDER"], 27, "502", "Destination out of order"],
  ["Asterisk", ["AST_CAUSE_INVALID_NUMBER_FORMAT"], 28, "484", "Invalid number format"],
  ["Asterisk", ["AST_CAUSE_FACILITY_REJECTED"], 29, "501", "Facility rejected"],
  ["Asterisk", ["AST_CAUSE_RESPONSE_TO_STATUS_ENQUIRY"], 30, "603 (default)", "Response to STATus ENQuiry"],
  ["Asterisk", ["AST_CAUSE_NORMAL_UNSPECIFIED"], 31, "480", "Normal, unspecified"],
  ["Asterisk", ["AST_CAUSE_NORMAL_CIRCUIT_CONGESTION", "AST_CAUSE_CONGESTION"], 34, "503", "Circuit/channel congestion"],
  ["Asterisk", ["AST_CAUSE_NETWORK_OUT_OF_ORDER", "AST_CAUSE_FAILURE"], 38, "500", "Network out of order"],
  ["Asterisk", ["AST_CAUSE_NORMAL_TEMPORARY_FAILURE"], 41, "603 (default)", "Temporary failure"],
  ["Asterisk", ["AST_CAUSE_SWITCH_CONGESTION"], 42, "503", "Switching equipment congestion"],
  ["Asterisk", ["AST_CAUSE_ACCESS_INFO_DISCARDED"], 43, "603 (default)", "Access information discarded"],
  ["Asterisk", ["AST_CAUSE_REQUESTED_CHAN_UNAVAIL"], 44, "603 (default)", "Requested channel not available"],
  ["Asterisk", ["AST_CAUSE_FACILITY_NOT_SUBSCRIBED"], 50, "603 (default)", "Facility not subscribed"],
  ["Asterisk", ["AST_CAUSE_OUTGOING_CALL_BARRED"], 52, "603 (default)", "Outgoing call barred"],
  ["Asterisk", ["AST_CAUSE_INCOMING_CALL_BARRED"], 54, "603 (default)", "Incoming call barred"],
  ["Asterisk", ["AST_CAUSE_BEARERCAPABILITY_NOTAUTH"], 57, "603 (default)", "Bearer capability not authorized"],
  ["Asterisk", ["AST_CAUSE_BEARERCAPABILITY_NOTAVAIL"], 58, "488", "Bearer capability not available"],
  ["Asterisk", ["AST_CAUSE_BEARERCAPABILITY_NOTIMPL"], 65, "603 (default)", "Bearer capability not implemented"],
  ["Asterisk", ["AST_CAUSE_CHAN_NOT_IMPLEMENTED", "AST_CAUSE_NOSUCHDRIVER"], 66, "503", "Channel not implemented"],
  ["Asterisk", ["AST_CAUSE_FACILITY_NOT_IMPLEMENTED"], 69, "603 (default)", "Facility not implemented"],
  ["Asterisk", ["AST_CAUSE_INVALID_CALL_REFERENCE"], 81, "603 (default)", "Invalid call reference value"],
  ["Asterisk", ["AST_CAUSE_INCOMPATIBLE_DESTINATION"], 88, "603 (default)", "Incompatible destination"],
  ["Asterisk", ["AST_CAUSE_INVALID_MSG_UNSPECIFIED"], 95, "603 (default)", "Invalid message unspecified"],
  ["Asterisk", ["AST_CAUSE_MANDATORY_IE_MISSING"], 96, "603 (default)", "Mandatory information element is missing"],
  ["Asterisk", ["AST_CAUSE_MESSAGE_TYPE_NONEXIST"], 97, "603 (default)", "Message type nonexist."],
  ["Asterisk", ["AST_CAUSE_WRONG_MESSAGE"], 98, "603 (default)", "Wrong message"],
  ["Asterisk", ["AST_CAUSE_IE_NONEXIST"], 99, "603 (default)", "Info. element nonexist or not implemented"],
  ["Asterisk", ["AST_CAUSE_INVALID_IE_CONTENTS"], 100, "603 (default)", "Invalid information element contents"],
  ["Asterisk", ["AST_CAUSE_WRONG_CALL_STATE"], 101, "603 (default)", "Message not compatible with call state"],
  ["Asterisk", ["AST_CAUSE_RECOVERY_ON_TIMER_EXPIRE"], 102, "603 (default)", "Recover on timer expiry"],
  ["Asterisk", ["AST_CAUSE_MANDATORY_IE_LENGTH_ERROR"], 103, "603 (default)", "Mandatory IE length error"],
  ["Asterisk", ["AST_CAUSE_PROTOCOL_ERROR"], 111, "603 (default)", "Protocol error, unspecified"],
  ["Asterisk", ["AST_CAUSE_INTERWORKING"], 127, "500", "Interworking, unspecified"],
  ["FreeSWITCH", ["NONE"], null, "480 (default)", ""],
  ["FreeSWITCH", ["UNALLOCATED_NUMBER"], 1, "404", ""],
  ["FreeSWITCH", ["NO_ROUTE_TRANSIT_NET"], 2, "404", ""],
  ["FreeSWITCH", ["NO_ROUTE_DESTINATION"], 3, "404", ""],
  ["FreeSWITCH", ["CHANNEL_UNACCEPTABLE"], 6, "480 (default)", ""],
  ["FreeSWITCH", ["CALL_AWARDED_DELIVERED"], 7, "480 (default)", ""],
  ["FreeSWITCH", ["NORMAL_CLEARING"], 16, "480 (default)", ""],
  ["FreeSWITCH", ["USER_BUSY"], 17, "486", ""],
  ["FreeSWITCH", ["NO_USER_RESPONSE"], 18, "408", ""],
  ["FreeSWITCH", ["NO_ANSWER"], 19, "480", ""],
  ["FreeSWITCH", ["SUBSCRIBER_ABSENT"], 20, "480", ""],
  ["FreeSWITCH", ["CALL_REJECTED"], 21, "603", ""],
  ["FreeSWITCH", ["NUMBER_CHANGED"], 22, "410", ""],
  ["FreeSWITCH", ["REDIRECTION_TO_NEW_DESTINATION"], 23, "410", ""],
  ["FreeSWITCH", ["EXCHANGE_ROUTING_ERROR"], 25, "483", ""],
  ["FreeSWITCH", ["DESTINATION_OUT_OF_ORDER"], 27, "502", ""],
  ["FreeSWITCH", ["INVALID_NUMBER_FORMAT"], 28, "484", ""],
  ["FreeSWITCH", ["FACILITY_REJECTED"], 29, "501", ""],
  ["FreeSWITCH", ["RESPONSE_TO_STATUS_ENQUIRY"], 30, "480 (default)", ""],
  ["FreeSWITCH", ["NORMAL_UNSPECIFIED"], 31, "480", ""],
  ["FreeSWITCH", ["NORMAL_CIRCUIT_CONGESTION"], 34, "503", ""],
  ["FreeSWITCH", ["NETWORK_OUT_OF_ORDER"], 38, "503", ""],
  ["FreeSWITCH", ["NORMAL_TEMPORARY_FAILURE"], 41, "503", ""],
  ["FreeSWITCH", ["SWITCH_CONGESTION"], 42, "503", ""],
  ["FreeSWITCH", ["ACCESS_INFO_DISCARDED"], 43, "480 (default)", ""],
  ["FreeSWITCH", ["REQUESTED_CHAN_UNAVAIL"], 44, "503", ""],
  ["FreeSWITCH", ["PRE_EMPTED"], 45, "480 (default)", ""],
  ["FreeSWITCH", ["FACILITY_NOT_SUBSCRIBED"], 50, "480 (default)", ""],
  ["FreeSWITCH", ["OUTGOING_CALL_BARRED"], 52, "403", ""],
  ["FreeSWITCH", ["INCOMING_CALL_BARRED"], 54, "403", ""],
  ["FreeSWITCH", ["BEARERCAPABILITY_NOTAUTH"], 57, "403", ""],
  ["FreeSWITCH", ["BEARERCAPABILITY_NOTAVAIL"], 58, "503", ""],
  ["FreeSWITCH", ["SERVICE_UNAVAILABLE"], 63, "480 (default)", ""],
  ["FreeSWITCH", ["BEARERCAPABILITY_NOTIMPL"], 65, "488", ""],
  ["FreeSWITCH", ["CHAN_NOT_IMPLEMENTED"], 66, "480 (default)", ""],
  ["FreeSWITCH", ["FACILITY_NOT_IMPLEMENTED"], 69, "501", ""],
  ["FreeSWITCH", ["SERVICE_NOT_IMPLEMENTED"], 79, "501", ""],
  ["FreeSWITCH", ["INVALID_CALL_REFERENCE"], 81, "480 (default)", ""],
  ["FreeSWITCH", ["INCOMPATIBLE_DESTINATION"], 88, "488", ""],
  ["FreeSWITCH", ["INVALID_MSG_UNSPECIFIED"], 95, "480 (default)", ""],
  ["FreeSWITCH", ["MANDATORY_IE_MISSING"], 96, "480 (default)", ""],
  ["FreeSWITCH", ["MESSAGE_TYPE_NONEXIST"], 97, "480 (default)", ""],
  ["FreeSWITCH", ["WRONG_MESSAGE"], 98, "480 (default)", ""],
  ["FreeSWITCH", ["IE_NONEXIST"], 99, "480 (default)", ""],
  ["FreeSWITCH", ["INVALID_IE_CONTENTS"], 100, "480 (default)", ""],
  ["FreeSWITCH", ["WRONG_CALL_STATE"], 101, "480 (default)", ""],
  ["FreeSWITCH", ["RECOVERY_ON_TIMER_EXPIRE"], 102, "504", ""],
  ["FreeSWITCH", ["MANDATORY_IE_LENGTH_ERROR"], 103, "480 (default)", ""],
  ["FreeSWITCH", ["PROTOCOL_ERROR"], 111, "480 (default)", ""],
  ["FreeSWITCH", ["INTERWORKING"], 127, "480 (default)", ""],
  ["FreeSWITCH", ["SUCCESS"], null, "480 (default)", ""],
  ["FreeSWITCH", ["ORIGINATOR_CANCEL"], null, "487", ""],
  ["FreeSWITCH", ["CRASH"], null, "480 (default)", ""],
  ["FreeSWITCH", ["SYSTEM_SHUTDOWN"], null, "480 (default)", ""],
  ["FreeSWITCH", ["LOSE_RACE"], null, "480 (default)", ""],
  ["FreeSWITCH", ["MANAGER_REQUEST"], null, "480 (default)", ""],
  ["FreeSWITCH", ["BLIND_TRANSFER"], null, "480 (default)", ""],
  ["FreeSWITCH", ["ATTENDED_TRANSFER"], null, "480 (default)", ""],
  ["FreeSWITCH", ["ALLOTTED_TIMEOUT"], null, "480 (default)", ""],
  ["FreeSWITCH", ["USER_CHALLENGE"], null, "480 (default)", ""],
  ["FreeSWITCH", ["MEDIA_TIMEOUT"], null, "480 (default)", ""],
  ["FreeSWITCH", ["PICKED_OFF"], null, "480 (default)", ""],
  ["FreeSWITCH", ["USER_NOT_REGISTERED"], null, "480 (default)", ""],
  ["FreeSWITCH", ["PROGRESS_TIMEOUT"], null, "480 (default)", ""],
  ["FreeSWITCH", ["INVALID_GATEWAY"], null, "484", ""],
  ["FreeSWITCH", ["GATEWAY_DOWN"], null, "503", ""],
  ["FreeSWITCH", ["INVALID_URL"], null, "484", ""],
  ["FreeSWITCH", ["INVALID_PROFILE"], null, "502", ""],
  ["FreeSWITCH", ["NO_PICKUP"], null, "480 (default)", ""],
  ["FreeSWITCH", ["SRTP_READ_ERROR"], null, "480 (default)", ""],
  ["FreeSWITCH", ["BOWOUT"], null, "480 (default)", ""],
  ["FreeSWITCH", ["BUSY_EVERYWHERE"], null, "600", ""],
  ["FreeSWITCH", ["DECLINE"], null, "603", ""],
  ["FreeSWITCH", ["DOES_NOT_EXIST_ANYWHERE"], null, "604", ""],
  ["FreeSWITCH", ["NOT_ACCEPTABLE"], null, "606", ""],
  ["FreeSWITCH", ["UNWANTED"], null, "607", ""],
  ["FreeSWITCH", ["NO_IDENTITY"], null, "428", ""],
  ["FreeSWITCH", ["BAD_IDENTITY_INFO"], null, "429", ""],
  ["FreeSWITCH", ["UNSUPPORTED_CERTIFICATE"], null, "437", ""],
  ["FreeSWITCH", ["INVALID_IDENTITY"], null, "438", ""],
  ["FreeSWITCH", ["STALE_DATE"], null, "403", ""],
  ["FreeSWITCH", ["REJECT_ALL"], null, "603", ""],
];

export const pbxCauses: PbxCause[] = rows.map(([system, [name, ...aliases], q850, sent, logText]) => {
  const code = /^\d{3}/.exec(sent)?.[0];
  return { system, name, aliases, logText, q850, sent: code ? Number(code) : null, fallback: sent.includes('default') };
});
