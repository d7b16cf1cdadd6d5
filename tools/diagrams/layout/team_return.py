from di import Plane


def planes(names):
    m = Plane('team-equipment-return', names)
    Y = 120
    m.ev('TeamReturnRequested', 100, Y)
    m.task('FindTeamWithEquipment', 210, Y)
    m.task('ReturnEachPersonsEquipment', 370, Y)
    m.ev('TeamEquipmentReturned', 510, Y)
    m.flow('ToFindTeam', m.R('TeamReturnRequested'), m.L('FindTeamWithEquipment'))
    m.flow('ToReturnEachPerson', m.R('FindTeamWithEquipment'), m.L('ReturnEachPersonsEquipment'))
    m.flow('ToTeamReturned', m.R('ReturnEachPersonsEquipment'), m.L('TeamEquipmentReturned'))
    return [('TeamReturnDiagram', m)]
