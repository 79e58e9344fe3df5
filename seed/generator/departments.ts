/**
 * Ministry-level departments and commands of the Ministry of Public Security, by their common
 * English names, for the synthetic structure. Beyond this list the generator numbers extra ones.
 */

/** A ministry-level unit: name, Vietnamese name, kind. */
export interface DepartmentName {
  name: string;
  nameVi: string;
  kind: 'MINISTRY_DEPARTMENT' | 'HIGH_COMMAND';
}

const dept = (name: string, nameVi: string): DepartmentName => ({ name, nameVi, kind: 'MINISTRY_DEPARTMENT' });
const command = (name: string, nameVi: string): DepartmentName => ({ name, nameVi, kind: 'HIGH_COMMAND' });

/** Thirty ministry-level departments and commands. */
export const DEPARTMENTS: readonly DepartmentName[] = [
  dept('Ministry Office', 'Văn phòng Bộ Công an'),
  dept('Department of Personnel Organisation', 'Cục Tổ chức cán bộ'),
  dept('Department of Party and Political Affairs', 'Cục Công tác đảng và công tác chính trị'),
  dept('Ministry Inspectorate', 'Thanh tra Bộ Công an'),
  dept('Department of Legal Affairs and Administrative Reform', 'Cục Pháp chế và cải cách hành chính, tư pháp'),
  dept('Department of Foreign Affairs', 'Cục Đối ngoại'),
  dept('Department of Planning and Finance', 'Cục Kế hoạch và tài chính'),
  dept('Department of Domestic Security', 'Cục An ninh nội địa'),
  dept('Department of Political Security', 'Cục An ninh chính trị nội bộ'),
  dept('Department of Economic Security', 'Cục An ninh kinh tế'),
  dept('Department of Cybersecurity and High-Tech Crime Prevention', 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao'),
  dept('Department of Immigration', 'Cục Quản lý xuất nhập cảnh'),
  dept('Department of Security Investigation', 'Cục An ninh điều tra'),
  dept('Department of Foreign Security', 'Cục An ninh đối ngoại'),
  dept('Department of Criminal Police', 'Cục Cảnh sát hình sự'),
  dept('Department of Economic Crime Police', 'Cục Cảnh sát kinh tế'),
  dept('Department of Drug Crime Police', 'Cục Cảnh sát điều tra tội phạm về ma túy'),
  dept('Department of Police for Administrative Management of Social Order', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'),
  dept('Department of Fire Prevention, Fighting and Rescue Police', 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ'),
  dept('Department of Traffic Police', 'Cục Cảnh sát giao thông'),
  dept('Department of Environmental Police', 'Cục Cảnh sát môi trường'),
  dept('Department of Detention and Corrections Management', 'Cục Cảnh sát quản lý trại giam'),
  dept('Police Investigation Agency', 'Cơ quan Cảnh sát điều tra'),
  dept('Department of Logistics', 'Cục Hậu cần'),
  dept('Department of Information and Communications', 'Cục Thông tin liên lạc'),
  dept('Department of Science, Strategy and History', 'Cục Khoa học, chiến lược và lịch sử'),
  dept('Department of Training', 'Cục Đào tạo'),
  command('High Command of Guard Police', 'Bộ Tư lệnh Cảnh vệ'),
  command('High Command of Mobile Police', 'Bộ Tư lệnh Cảnh sát cơ động'),
  command('High Command of Cyberspace Operations', 'Bộ Tư lệnh Tác chiến không gian mạng'),
];
