from di import Plane


def planes(names):
    m = Plane('ParcelIncidentCollaboration', names)
    HR, H, IT = 110, 330, 480
    m.ev('CarrierReportedProblem', 215, H)
    m.gw('IncidentKind', 330, H, 'right')
    m.task('ConfirmAddress', 460, HR)
    m.boundary('DeliveredBeforeAddressConfirmed', 'ConfirmAddress', 'bottom', 480, 'right')
    m.ev('AddressCheckNotNeeded', 600, 210, 'below')
    m.task('RedirectParcel', 610, HR)
    m.ev('ParcelRedirected', 740, HR, 'below')
    m.task('InvestigateParcel', 460, IT)
    m.boundary('DeliveredDuringInvestigation', 'InvestigateParcel', 'bottom', 480, 'right')
    m.ev('DeliveredMeanwhile', 600, 580, 'below')
    m.ev('ParcelInvestigated', 610, IT, 'below')
    m.flow('ToIncidentKind', m.R('CarrierReportedProblem'), m.L('IncidentKind'))
    m.flow('DeliveryAttemptsFailed', m.T('IncidentKind'), (330, HR), m.L('ConfirmAddress'), label=(386, 196))
    m.flow('ParcelException', m.B('IncidentKind'), (330, IT), m.L('InvestigateParcel'), label='r')
    m.flow('ToRedirectParcel', m.R('ConfirmAddress'), m.L('RedirectParcel'))
    m.flow('ToParcelRedirected', m.R('RedirectParcel'), m.L('ParcelRedirected'))
    m.flow('AddressNoLongerNeeded', m.B('DeliveredBeforeAddressConfirmed'), (480, 210), m.L('AddressCheckNotNeeded'))
    m.flow('ToParcelInvestigated', m.R('InvestigateParcel'), m.L('ParcelInvestigated'))
    m.flow('InvestigationNoLongerNeeded', m.B('DeliveredDuringInvestigation'), (480, 580), m.L('DeliveredMeanwhile'))
    x0, x1 = 100, 820
    m.pool('ParcelIncidentPool', x0, 30, x1 - x0, 610)
    m.lane('ParcelIncidentItLane', x0 + 30, 400, x1 - x0 - 30, 240)
    m.lane('ParcelIncidentHomeboundLane', x0 + 30, 260, x1 - x0 - 30, 140)
    m.lane('ParcelIncidentHrLane', x0 + 30, 30, x1 - x0 - 30, 230)
    return [('ParcelIncidentDiagram', m)]
