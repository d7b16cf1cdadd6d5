from di import Plane


def planes(names):
    m = Plane('EquipmentReturnCollaboration', names)
    H, REMIND, MANAGER, C, IT = 200, 90, 230, 440, 630
    m.ev('ReturnRequested', 215, H)
    m.task('RegisterReturn', 320, H)
    m.task('AssignReturnCarrier', 460, H)
    m.task('ShipReturnKit', 590, C)
    m.task('CollectReturn', 750, C)
    m.boundary('NotYetCollected', 'CollectReturn', 'top', 750, (693, 350))
    m.boundary('TwoWeeksNotCollected', 'CollectReturn', 'top', 790, (853, 352))
    m.task('RemindToReturn', 920, REMIND)
    m.ev('ReturnReminderSent', 1060, REMIND, 'below')
    m.task('TellManagerReturnIsLate', 920, MANAGER)
    m.ev('ManagerTold', 1060, MANAGER, 'below')
    m.task('InspectReturnedItem', 920, IT)
    m.task('CloseReturn', 1070, IT)
    m.ev('EquipmentReturned', 1200, IT, 'below')
    m.flow('ToRegisterReturn', m.R('ReturnRequested'), m.L('RegisterReturn'))
    m.flow('ToAssignReturnCarrier', m.R('RegisterReturn'), m.L('AssignReturnCarrier'))
    m.flow('ToShipReturnKit', m.B('AssignReturnCarrier'), (460, C), m.L('ShipReturnKit'))
    m.flow('ToCollectReturn', m.R('ShipReturnKit'), m.L('CollectReturn'))
    m.flow('ToRemindToReturn', m.T('NotYetCollected'), (750, REMIND), m.L('RemindToReturn'))
    m.flow('ToReturnReminderSent', m.R('RemindToReturn'), m.L('ReturnReminderSent'))
    m.flow('ToTellManager', m.T('TwoWeeksNotCollected'), (790, MANAGER), m.L('TellManagerReturnIsLate'))
    m.flow('ToManagerTold', m.R('TellManagerReturnIsLate'), m.L('ManagerTold'))
    m.flow('ToInspectReturnedItem', m.R('CollectReturn'), (920, C), m.T('InspectReturnedItem'))
    m.flow('ToCloseReturn', m.R('InspectReturnedItem'), m.L('CloseReturn'))
    m.flow('ToEquipmentReturned', m.R('CloseReturn'), m.L('EquipmentReturned'))
    x0, x1 = 100, 1270
    m.pool('EquipmentReturnPool', x0, 30, x1 - x0, 690)
    m.lane('EquipmentReturnItLane', x0 + 30, 540, x1 - x0 - 30, 180)
    m.lane('EquipmentReturnCarrierLane', x0 + 30, 330, x1 - x0 - 30, 210)
    m.lane('EquipmentReturnHomeboundLane', x0 + 30, 30, x1 - x0 - 30, 300)
    return [('EquipmentReturnDiagram', m)]
