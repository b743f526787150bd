# Generated from ui/settings_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage: Any) -> None:
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(SettingsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.layout.addWidget(self.pageTitle)

        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContent = QWidget()
        self.scrollContent.setObjectName(u"scrollContent")
        self.contentLayout = QVBoxLayout(self.scrollContent)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.programGroup = QGroupBox(self.scrollContent)
        self.programGroup.setObjectName(u"programGroup")
        self.programForm = QFormLayout(self.programGroup)
        self.programForm.setObjectName(u"programForm")
        self.programNameLabel = QLabel(self.programGroup)
        self.programNameLabel.setObjectName(u"programNameLabel")

        self.programForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programNameLabel)

        self.programNameEdit = QLineEdit(self.programGroup)
        self.programNameEdit.setObjectName(u"programNameEdit")
        self.programNameEdit.setMaximumSize(QSize(420, 16777215))
        self.programNameEdit.setMaxLength(200)

        self.programForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programNameEdit)

        self.hospitalLabel = QLabel(self.programGroup)
        self.hospitalLabel.setObjectName(u"hospitalLabel")

        self.programForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hospitalLabel)

        self.hospitalEdit = QLineEdit(self.programGroup)
        self.hospitalEdit.setObjectName(u"hospitalEdit")
        self.hospitalEdit.setMaximumSize(QSize(420, 16777215))
        self.hospitalEdit.setMaxLength(200)

        self.programForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hospitalEdit)

        self.programLeadLabel = QLabel(self.programGroup)
        self.programLeadLabel.setObjectName(u"programLeadLabel")

        self.programForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programLeadLabel)

        self.programLeadEdit = QLineEdit(self.programGroup)
        self.programLeadEdit.setObjectName(u"programLeadEdit")
        self.programLeadEdit.setMaximumSize(QSize(420, 16777215))
        self.programLeadEdit.setMaxLength(200)

        self.programForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.programLeadEdit)

        self.logoLabel = QLabel(self.programGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.programForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.programGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 48))
        self.logoPreview.setMaximumSize(QSize(120, 48))

        self.logoRow.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(self.programGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoRow.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.programGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoRow.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.programForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.contentLayout.addWidget(self.programGroup)

        self.outreachGroup = QGroupBox(self.scrollContent)
        self.outreachGroup.setObjectName(u"outreachGroup")
        self.outreachForm = QFormLayout(self.outreachGroup)
        self.outreachForm.setObjectName(u"outreachForm")
        self.targetLabel = QLabel(self.outreachGroup)
        self.targetLabel.setObjectName(u"targetLabel")

        self.outreachForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetSpin = QSpinBox(self.outreachGroup)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMaximumSize(QSize(160, 16777215))
        self.targetSpin.setMinimum(1)
        self.targetSpin.setMaximum(720)
        self.targetSpin.setValue(24)

        self.outreachForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetSpin)

        self.clockLabel = QLabel(self.outreachGroup)
        self.clockLabel.setObjectName(u"clockLabel")

        self.outreachForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clockLabel)

        self.clockCombo = QComboBox(self.outreachGroup)
        self.clockCombo.setObjectName(u"clockCombo")
        self.clockCombo.setMaximumSize(QSize(420, 16777215))

        self.outreachForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clockCombo)

        self.daysLabel = QLabel(self.outreachGroup)
        self.daysLabel.setObjectName(u"daysLabel")

        self.outreachForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysRow = QHBoxLayout()
        self.daysRow.setObjectName(u"daysRow")
        self.day0 = QCheckBox(self.outreachGroup)
        self.day0.setObjectName(u"day0")

        self.daysRow.addWidget(self.day0)

        self.day1 = QCheckBox(self.outreachGroup)
        self.day1.setObjectName(u"day1")

        self.daysRow.addWidget(self.day1)

        self.day2 = QCheckBox(self.outreachGroup)
        self.day2.setObjectName(u"day2")

        self.daysRow.addWidget(self.day2)

        self.day3 = QCheckBox(self.outreachGroup)
        self.day3.setObjectName(u"day3")

        self.daysRow.addWidget(self.day3)

        self.day4 = QCheckBox(self.outreachGroup)
        self.day4.setObjectName(u"day4")

        self.daysRow.addWidget(self.day4)

        self.day5 = QCheckBox(self.outreachGroup)
        self.day5.setObjectName(u"day5")

        self.daysRow.addWidget(self.day5)

        self.day6 = QCheckBox(self.outreachGroup)
        self.day6.setObjectName(u"day6")

        self.daysRow.addWidget(self.day6)

        self.daysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysRow.addItem(self.daysSpacer)


        self.outreachForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.daysRow)

        self.hoursLabel = QLabel(self.outreachGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.outreachForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setObjectName(u"hoursRow")
        self.startsEdit = QTimeEdit(self.outreachGroup)
        self.startsEdit.setObjectName(u"startsEdit")

        self.hoursRow.addWidget(self.startsEdit)

        self.toLabel = QLabel(self.outreachGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.hoursRow.addWidget(self.toLabel)

        self.endsEdit = QTimeEdit(self.outreachGroup)
        self.endsEdit.setObjectName(u"endsEdit")

        self.hoursRow.addWidget(self.endsEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursSpacer)


        self.outreachForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hoursRow)

        self.holidaysLabel = QLabel(self.outreachGroup)
        self.holidaysLabel.setObjectName(u"holidaysLabel")

        self.outreachForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.holidaysLabel)

        self.holidaysColumn = QVBoxLayout()
        self.holidaysColumn.setObjectName(u"holidaysColumn")
        self.holidaysView = QTableView(self.outreachGroup)
        self.holidaysView.setObjectName(u"holidaysView")
        self.holidaysView.setMaximumSize(QSize(16777215, 140))
        self.holidaysView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidaysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.holidaysColumn.addWidget(self.holidaysView)

        self.holidayRow = QHBoxLayout()
        self.holidayRow.setObjectName(u"holidayRow")
        self.holidayDate = QDateEdit(self.outreachGroup)
        self.holidayDate.setObjectName(u"holidayDate")
        self.holidayDate.setCalendarPopup(True)

        self.holidayRow.addWidget(self.holidayDate)

        self.holidayName = QLineEdit(self.outreachGroup)
        self.holidayName.setObjectName(u"holidayName")
        self.holidayName.setMaxLength(120)

        self.holidayRow.addWidget(self.holidayName)

        self.addHolidayButton = QPushButton(self.outreachGroup)
        self.addHolidayButton.setObjectName(u"addHolidayButton")

        self.holidayRow.addWidget(self.addHolidayButton)

        self.removeHolidayButton = QPushButton(self.outreachGroup)
        self.removeHolidayButton.setObjectName(u"removeHolidayButton")

        self.holidayRow.addWidget(self.removeHolidayButton)


        self.holidaysColumn.addLayout(self.holidayRow)


        self.outreachForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.holidaysColumn)

        self.clockNote = QLabel(self.outreachGroup)
        self.clockNote.setObjectName(u"clockNote")
        self.clockNote.setWordWrap(True)

        self.outreachForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clockNote)


        self.contentLayout.addWidget(self.outreachGroup)

        self.noticesGroup = QGroupBox(self.scrollContent)
        self.noticesGroup.setObjectName(u"noticesGroup")
        self.noticesForm = QFormLayout(self.noticesGroup)
        self.noticesForm.setObjectName(u"noticesForm")
        self.watchLabel = QLabel(self.noticesGroup)
        self.watchLabel.setObjectName(u"watchLabel")

        self.noticesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.watchLabel)

        self.watchRow = QHBoxLayout()
        self.watchRow.setObjectName(u"watchRow")
        self.watchFolderEdit = QLineEdit(self.noticesGroup)
        self.watchFolderEdit.setObjectName(u"watchFolderEdit")

        self.watchRow.addWidget(self.watchFolderEdit)

        self.browseButton = QPushButton(self.noticesGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.watchRow.addWidget(self.browseButton)


        self.noticesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.watchRow)

        self.watchNote = QLabel(self.noticesGroup)
        self.watchNote.setObjectName(u"watchNote")
        self.watchNote.setWordWrap(True)

        self.noticesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.watchNote)

        self.anniversaryLabel = QLabel(self.noticesGroup)
        self.anniversaryLabel.setObjectName(u"anniversaryLabel")

        self.noticesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.anniversaryLabel)

        self.anniversaryRow = QHBoxLayout()
        self.anniversaryRow.setObjectName(u"anniversaryRow")
        self.anniversaryCheck = QCheckBox(self.noticesGroup)
        self.anniversaryCheck.setObjectName(u"anniversaryCheck")

        self.anniversaryRow.addWidget(self.anniversaryCheck)

        self.anniversarySpin = QSpinBox(self.noticesGroup)
        self.anniversarySpin.setObjectName(u"anniversarySpin")
        self.anniversarySpin.setMinimum(1)
        self.anniversarySpin.setMaximum(90)
        self.anniversarySpin.setValue(14)

        self.anniversaryRow.addWidget(self.anniversarySpin)

        self.anniversarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.anniversaryRow.addItem(self.anniversarySpacer)


        self.noticesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.anniversaryRow)


        self.contentLayout.addWidget(self.noticesGroup)

        self.safetyGroup = QGroupBox(self.scrollContent)
        self.safetyGroup.setObjectName(u"safetyGroup")
        self.safetyForm = QFormLayout(self.safetyGroup)
        self.safetyForm.setObjectName(u"safetyForm")
        self.autoLockLabel = QLabel(self.safetyGroup)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.safetyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLockSpin = QSpinBox(self.safetyGroup)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setMaximumSize(QSize(260, 16777215))
        self.autoLockSpin.setMinimum(1)
        self.autoLockSpin.setMaximum(30)
        self.autoLockSpin.setValue(10)

        self.safetyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autoLockSpin)

        self.backupLabel = QLabel(self.safetyGroup)
        self.backupLabel.setObjectName(u"backupLabel")

        self.safetyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupFolderEdit = QLineEdit(self.safetyGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupRow.addWidget(self.backupFolderEdit)

        self.backupBrowseButton = QPushButton(self.safetyGroup)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")

        self.backupRow.addWidget(self.backupBrowseButton)


        self.safetyForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupRow)

        self.backupNote = QLabel(self.safetyGroup)
        self.backupNote.setObjectName(u"backupNote")
        self.backupNote.setWordWrap(True)

        self.safetyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupNote)

        self.retentionLabel = QLabel(self.safetyGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.safetyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionCheck = QCheckBox(self.safetyGroup)
        self.retentionCheck.setObjectName(u"retentionCheck")

        self.retentionRow.addWidget(self.retentionCheck)

        self.retentionSpin = QSpinBox(self.safetyGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(240)
        self.retentionSpin.setValue(12)

        self.retentionRow.addWidget(self.retentionSpin)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.safetyForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.retentionRow)

        self.retentionNote = QLabel(self.safetyGroup)
        self.retentionNote.setObjectName(u"retentionNote")
        self.retentionNote.setWordWrap(True)

        self.safetyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retentionNote)


        self.contentLayout.addWidget(self.safetyGroup)

        self.targetsGroup = QGroupBox(self.scrollContent)
        self.targetsGroup.setObjectName(u"targetsGroup")
        self.targetsForm = QFormLayout(self.targetsGroup)
        self.targetsForm.setObjectName(u"targetsForm")
        self.withinTargetLabel = QLabel(self.targetsGroup)
        self.withinTargetLabel.setObjectName(u"withinTargetLabel")

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withinTargetLabel)

        self.withinTargetSpin = QSpinBox(self.targetsGroup)
        self.withinTargetSpin.setObjectName(u"withinTargetSpin")
        self.withinTargetSpin.setMaximumSize(QSize(160, 16777215))
        self.withinTargetSpin.setMinimum(0)
        self.withinTargetSpin.setMaximum(100)

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withinTargetSpin)

        self.acceptanceTargetLabel = QLabel(self.targetsGroup)
        self.acceptanceTargetLabel.setObjectName(u"acceptanceTargetLabel")

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acceptanceTargetLabel)

        self.acceptanceTargetSpin = QSpinBox(self.targetsGroup)
        self.acceptanceTargetSpin.setObjectName(u"acceptanceTargetSpin")
        self.acceptanceTargetSpin.setMaximumSize(QSize(160, 16777215))
        self.acceptanceTargetSpin.setMinimum(0)
        self.acceptanceTargetSpin.setMaximum(100)

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acceptanceTargetSpin)

        self.refresherTargetLabel = QLabel(self.targetsGroup)
        self.refresherTargetLabel.setObjectName(u"refresherTargetLabel")

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.refresherTargetLabel)

        self.refresherTargetSpin = QSpinBox(self.targetsGroup)
        self.refresherTargetSpin.setObjectName(u"refresherTargetSpin")
        self.refresherTargetSpin.setMaximumSize(QSize(160, 16777215))
        self.refresherTargetSpin.setMinimum(0)
        self.refresherTargetSpin.setMaximum(100)

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refresherTargetSpin)

        self.targetsNote = QLabel(self.targetsGroup)
        self.targetsNote.setObjectName(u"targetsNote")
        self.targetsNote.setWordWrap(True)

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetsNote)


        self.contentLayout.addWidget(self.targetsGroup)

        self.followUpGroup = QGroupBox(self.scrollContent)
        self.followUpGroup.setObjectName(u"followUpGroup")
        self.followUpForm = QFormLayout(self.followUpGroup)
        self.followUpForm.setObjectName(u"followUpForm")
        self.retryAfterLabel = QLabel(self.followUpGroup)
        self.retryAfterLabel.setObjectName(u"retryAfterLabel")

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retryAfterLabel)

        self.retryAfterSpin = QSpinBox(self.followUpGroup)
        self.retryAfterSpin.setObjectName(u"retryAfterSpin")
        self.retryAfterSpin.setMaximumSize(QSize(160, 16777215))
        self.retryAfterSpin.setMinimum(1)
        self.retryAfterSpin.setMaximum(168)

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retryAfterSpin)

        self.maxAttemptsLabel = QLabel(self.followUpGroup)
        self.maxAttemptsLabel.setObjectName(u"maxAttemptsLabel")

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.maxAttemptsLabel)

        self.maxAttemptsSpin = QSpinBox(self.followUpGroup)
        self.maxAttemptsSpin.setObjectName(u"maxAttemptsSpin")
        self.maxAttemptsSpin.setMaximumSize(QSize(160, 16777215))
        self.maxAttemptsSpin.setMinimum(1)
        self.maxAttemptsSpin.setMaximum(10)

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.maxAttemptsSpin)

        self.urgentTargetLabel = QLabel(self.followUpGroup)
        self.urgentTargetLabel.setObjectName(u"urgentTargetLabel")

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.urgentTargetLabel)

        self.urgentTargetSpin = QSpinBox(self.followUpGroup)
        self.urgentTargetSpin.setObjectName(u"urgentTargetSpin")
        self.urgentTargetSpin.setMaximumSize(QSize(160, 16777215))
        self.urgentTargetSpin.setMinimum(5)
        self.urgentTargetSpin.setMaximum(1440)

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.urgentTargetSpin)

        self.milestoneCheckInLabel = QLabel(self.followUpGroup)
        self.milestoneCheckInLabel.setObjectName(u"milestoneCheckInLabel")

        self.followUpForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.milestoneCheckInLabel)

        self.milestoneCheckInSpin = QSpinBox(self.followUpGroup)
        self.milestoneCheckInSpin.setObjectName(u"milestoneCheckInSpin")
        self.milestoneCheckInSpin.setMaximumSize(QSize(160, 16777215))
        self.milestoneCheckInSpin.setMinimum(0)
        self.milestoneCheckInSpin.setMaximum(90)

        self.followUpForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.milestoneCheckInSpin)

        self.referralStepLabel = QLabel(self.followUpGroup)
        self.referralStepLabel.setObjectName(u"referralStepLabel")

        self.followUpForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referralStepLabel)

        self.referralStepSpin = QSpinBox(self.followUpGroup)
        self.referralStepSpin.setObjectName(u"referralStepSpin")
        self.referralStepSpin.setMaximumSize(QSize(160, 16777215))
        self.referralStepSpin.setMinimum(1)
        self.referralStepSpin.setMaximum(90)

        self.followUpForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referralStepSpin)


        self.contentLayout.addWidget(self.followUpGroup)

        self.supportersGroup = QGroupBox(self.scrollContent)
        self.supportersGroup.setObjectName(u"supportersGroup")
        self.supportersForm = QFormLayout(self.supportersGroup)
        self.supportersForm.setObjectName(u"supportersForm")
        self.defaultCapacityLabel = QLabel(self.supportersGroup)
        self.defaultCapacityLabel.setObjectName(u"defaultCapacityLabel")

        self.supportersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultCapacityLabel)

        self.defaultCapacitySpin = QSpinBox(self.supportersGroup)
        self.defaultCapacitySpin.setObjectName(u"defaultCapacitySpin")
        self.defaultCapacitySpin.setMaximumSize(QSize(260, 16777215))
        self.defaultCapacitySpin.setMinimum(1)
        self.defaultCapacitySpin.setMaximum(50)
        self.defaultCapacitySpin.setValue(3)

        self.supportersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultCapacitySpin)

        self.debriefLabel = QLabel(self.supportersGroup)
        self.debriefLabel.setObjectName(u"debriefLabel")

        self.supportersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.debriefLabel)

        self.debriefRow = QHBoxLayout()
        self.debriefRow.setObjectName(u"debriefRow")
        self.debriefCheck = QCheckBox(self.supportersGroup)
        self.debriefCheck.setObjectName(u"debriefCheck")

        self.debriefRow.addWidget(self.debriefCheck)

        self.debriefSpin = QSpinBox(self.supportersGroup)
        self.debriefSpin.setObjectName(u"debriefSpin")
        self.debriefSpin.setMinimum(7)
        self.debriefSpin.setMaximum(730)
        self.debriefSpin.setValue(120)

        self.debriefRow.addWidget(self.debriefSpin)

        self.debriefSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.debriefRow.addItem(self.debriefSpacer)


        self.supportersForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.debriefRow)

        self.feedbackFormLabel = QLabel(self.supportersGroup)
        self.feedbackFormLabel.setObjectName(u"feedbackFormLabel")

        self.supportersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.feedbackFormLabel)

        self.feedbackFormEdit = QLineEdit(self.supportersGroup)
        self.feedbackFormEdit.setObjectName(u"feedbackFormEdit")
        self.feedbackFormEdit.setMaxLength(500)

        self.supportersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.feedbackFormEdit)


        self.contentLayout.addWidget(self.supportersGroup)

        self.publishingGroup = QGroupBox(self.scrollContent)
        self.publishingGroup.setObjectName(u"publishingGroup")
        self.publishingRow = QHBoxLayout(self.publishingGroup)
        self.publishingRow.setObjectName(u"publishingRow")
        self.publishingNote = QLabel(self.publishingGroup)
        self.publishingNote.setObjectName(u"publishingNote")
        self.publishingNote.setWordWrap(True)

        self.publishingRow.addWidget(self.publishingNote)

        self.departmentsButton = QPushButton(self.publishingGroup)
        self.departmentsButton.setObjectName(u"departmentsButton")

        self.publishingRow.addWidget(self.departmentsButton)


        self.contentLayout.addWidget(self.publishingGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContent)

        self.layout.addWidget(self.scrollArea)

        self.messageLabel = QLabel(SettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(SettingsPage)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.programNameLabel.setBuddy(self.programNameEdit)
        self.hospitalLabel.setBuddy(self.hospitalEdit)
        self.programLeadLabel.setBuddy(self.programLeadEdit)
        self.targetLabel.setBuddy(self.targetSpin)
        self.clockLabel.setBuddy(self.clockCombo)
        self.hoursLabel.setBuddy(self.startsEdit)
        self.watchLabel.setBuddy(self.watchFolderEdit)
        self.autoLockLabel.setBuddy(self.autoLockSpin)
        self.backupLabel.setBuddy(self.backupFolderEdit)
        self.withinTargetLabel.setBuddy(self.withinTargetSpin)
        self.acceptanceTargetLabel.setBuddy(self.acceptanceTargetSpin)
        self.refresherTargetLabel.setBuddy(self.refresherTargetSpin)
        self.retryAfterLabel.setBuddy(self.retryAfterSpin)
        self.maxAttemptsLabel.setBuddy(self.maxAttemptsSpin)
        self.urgentTargetLabel.setBuddy(self.urgentTargetSpin)
        self.milestoneCheckInLabel.setBuddy(self.milestoneCheckInSpin)
        self.referralStepLabel.setBuddy(self.referralStepSpin)
        self.defaultCapacityLabel.setBuddy(self.defaultCapacitySpin)
        self.feedbackFormLabel.setBuddy(self.feedbackFormEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programNameEdit, self.hospitalEdit)
        QWidget.setTabOrder(self.hospitalEdit, self.programLeadEdit)
        QWidget.setTabOrder(self.programLeadEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.targetSpin)
        QWidget.setTabOrder(self.targetSpin, self.clockCombo)
        QWidget.setTabOrder(self.clockCombo, self.day0)
        QWidget.setTabOrder(self.day0, self.day1)
        QWidget.setTabOrder(self.day1, self.day2)
        QWidget.setTabOrder(self.day2, self.day3)
        QWidget.setTabOrder(self.day3, self.day4)
        QWidget.setTabOrder(self.day4, self.day5)
        QWidget.setTabOrder(self.day5, self.day6)
        QWidget.setTabOrder(self.day6, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.holidaysView)
        QWidget.setTabOrder(self.holidaysView, self.holidayDate)
        QWidget.setTabOrder(self.holidayDate, self.holidayName)
        QWidget.setTabOrder(self.holidayName, self.addHolidayButton)
        QWidget.setTabOrder(self.addHolidayButton, self.removeHolidayButton)
        QWidget.setTabOrder(self.removeHolidayButton, self.watchFolderEdit)
        QWidget.setTabOrder(self.watchFolderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.anniversaryCheck)
        QWidget.setTabOrder(self.anniversaryCheck, self.anniversarySpin)
        QWidget.setTabOrder(self.anniversarySpin, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(SettingsPage)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SettingsPage: Any) -> None:
        self.pageTitle.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.programGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Program", None))
        self.programNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Program &name:", None))
#if QT_CONFIG(accessibility)
        self.programNameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Program name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.programNameEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"The name at the top of every quarterly report.", None))
#endif // QT_CONFIG(tooltip)
        self.hospitalLabel.setText(QCoreApplication.translate("SettingsPage", u"Hosp&ital:", None))
        self.hospitalEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Optional", None))
#if QT_CONFIG(accessibility)
        self.hospitalEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Hospital name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.hospitalEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"The hospital's name, on the report's cover and in every page's footer.", None))
#endif // QT_CONFIG(tooltip)
        self.programLeadLabel.setText(QCoreApplication.translate("SettingsPage", u"Progra&m lead:", None))
        self.programLeadEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Optional", None))
#if QT_CONFIG(accessibility)
        self.programLeadEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Program lead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.programLeadEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Who leads the program, named on the report's cover.", None))
#endif // QT_CONFIG(tooltip)
        self.logoLabel.setText(QCoreApplication.translate("SettingsPage", u"Logo:", None))
        self.logoPreview.setText(QCoreApplication.translate("SettingsPage", u"No logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Program logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.logoPreview.setToolTip(QCoreApplication.translate("SettingsPage", u"The logo on the report's cover.", None))
#endif // QT_CONFIG(tooltip)
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsPage", u"Choose logo\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseLogoButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Choose logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("SettingsPage", u"A PNG or JPEG picture of at most 1 MB, kept in the vault, for the report's cover.", None))
#endif // QT_CONFIG(tooltip)
        self.removeLogoButton.setText(QCoreApplication.translate("SettingsPage", u"Remove logo", None))
#if QT_CONFIG(accessibility)
        self.removeLogoButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Remove logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeLogoButton.setToolTip(QCoreApplication.translate("SettingsPage", u"The report's cover shows no logo.", None))
#endif // QT_CONFIG(tooltip)
        self.outreachGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Outreach", None))
        self.targetLabel.setText(QCoreApplication.translate("SettingsPage", u"Outreach &target:", None))
        self.targetSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" hours", None))
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Outreach target in hours", None))
#endif // QT_CONFIG(accessibility)
        self.clockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Counted in:", None))
#if QT_CONFIG(accessibility)
        self.clockCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"How the outreach target is counted", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("SettingsPage", u"Working days:", None))
        self.day0.setText(QCoreApplication.translate("SettingsPage", u"Mon", None))
        self.day1.setText(QCoreApplication.translate("SettingsPage", u"Tue", None))
        self.day2.setText(QCoreApplication.translate("SettingsPage", u"Wed", None))
        self.day3.setText(QCoreApplication.translate("SettingsPage", u"Thu", None))
        self.day4.setText(QCoreApplication.translate("SettingsPage", u"Fri", None))
        self.day5.setText(QCoreApplication.translate("SettingsPage", u"Sat", None))
        self.day6.setText(QCoreApplication.translate("SettingsPage", u"Sun", None))
        self.hoursLabel.setText(QCoreApplication.translate("SettingsPage", u"Wor&king hours:", None))
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("SettingsPage", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Working day starts", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("SettingsPage", u"to", None))
        self.endsEdit.setDisplayFormat(QCoreApplication.translate("SettingsPage", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Working day ends", None))
#endif // QT_CONFIG(accessibility)
        self.holidaysLabel.setText(QCoreApplication.translate("SettingsPage", u"Holidays:", None))
#if QT_CONFIG(accessibility)
        self.holidaysView.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Holidays", None))
#endif // QT_CONFIG(accessibility)
        self.holidayDate.setDisplayFormat(QCoreApplication.translate("SettingsPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.holidayDate.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Holiday date", None))
#endif // QT_CONFIG(accessibility)
        self.holidayName.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Name, e.g. New Year's Day", None))
#if QT_CONFIG(accessibility)
        self.holidayName.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Holiday name", None))
#endif // QT_CONFIG(accessibility)
        self.addHolidayButton.setText(QCoreApplication.translate("SettingsPage", u"&Add holiday", None))
        self.removeHolidayButton.setText(QCoreApplication.translate("SettingsPage", u"&Remove", None))
        self.clockNote.setText(QCoreApplication.translate("SettingsPage", u"Each case's due time is set when it is opened: a change here applies to cases opened from now on.", None))
        self.noticesGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Event notices and reminders", None))
        self.watchLabel.setText(QCoreApplication.translate("SettingsPage", u"&Watch folder:", None))
        self.watchFolderEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"None: notices are imported by hand", None))
#if QT_CONFIG(accessibility)
        self.watchFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Watch folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("SettingsPage", u"Br&owse\u2026", None))
        self.watchNote.setText(QCoreApplication.translate("SettingsPage", u"While the vault is unlocked, CSV files dropped in this folder are imported, then moved to its \"imported\" subfolder.", None))
        self.anniversaryLabel.setText(QCoreApplication.translate("SettingsPage", u"Anniversaries:", None))
        self.anniversaryCheck.setText(QCoreApplication.translate("SettingsPage", u"Remind me before the first anniversary of a serious event,", None))
        self.anniversarySpin.setSuffix(QCoreApplication.translate("SettingsPage", u" days ahead", None))
#if QT_CONFIG(accessibility)
        self.anniversarySpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Days before the anniversary", None))
#endif // QT_CONFIG(accessibility)
        self.safetyGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Locking, backups and retention", None))
        self.autoLockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after:", None))
        self.autoLockSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes without input", None))
#if QT_CONFIG(accessibility)
        self.autoLockSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minutes without input before the vault locks", None))
#endif // QT_CONFIG(accessibility)
        self.backupLabel.setText(QCoreApplication.translate("SettingsPage", u"&Backup folder:", None))
#if QT_CONFIG(accessibility)
        self.backupFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsPage", u"Browse\u2026", None))
        self.backupNote.setText(QCoreApplication.translate("SettingsPage", u"A backup is made on unlock when the last is a day old (7 daily, 4 weekly and 12 monthly are kept). Choose another drive than the vault's, an external one say.", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsPage", u"Retention:", None))
        self.retentionCheck.setText(QCoreApplication.translate("SettingsPage", u"De-identify closed cases", None))
        self.retentionSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" months after closing", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Months after closing before a case is de-identified", None))
#endif // QT_CONFIG(accessibility)
        self.retentionNote.setText(QCoreApplication.translate("SettingsPage", u"Names, contact details and notes are removed, after you confirm; the figures stay.", None))
        self.targetsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Report targets", None))
        self.withinTargetLabel.setText(QCoreApplication.translate("SettingsPage", u"Timel&y outreach:", None))
        self.withinTargetSpin.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"No target", None))
        self.withinTargetSpin.setSuffix(QCoreApplication.translate("SettingsPage", u"%", None))
#if QT_CONFIG(accessibility)
        self.withinTargetSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Target for outreach within the outreach target, in percent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.withinTargetSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Share of referrals reached out to within the outreach target; drawn as a line in the quarterly report and said met or not met.", None))
#endif // QT_CONFIG(tooltip)
        self.acceptanceTargetLabel.setText(QCoreApplication.translate("SettingsPage", u"Acce&ptance rate:", None))
        self.acceptanceTargetSpin.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"No target", None))
        self.acceptanceTargetSpin.setSuffix(QCoreApplication.translate("SettingsPage", u"%", None))
#if QT_CONFIG(accessibility)
        self.acceptanceTargetSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Target for the acceptance rate, in percent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.acceptanceTargetSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Share of the people reached (or declining outright) who accepted support; drawn as a line in the quarterly report and said met or not met.", None))
#endif // QT_CONFIG(tooltip)
        self.refresherTargetLabel.setText(QCoreApplication.translate("SettingsPage", u"Refreshers up to date:", None))
        self.refresherTargetSpin.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"No target", None))
        self.refresherTargetSpin.setSuffix(QCoreApplication.translate("SettingsPage", u"%", None))
#if QT_CONFIG(accessibility)
        self.refresherTargetSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Target for supporters whose refresher is not overdue, in percent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refresherTargetSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Share of active trained supporters whose refresher is not overdue; drawn as a line in the quarterly report and said met or not met.", None))
#endif // QT_CONFIG(tooltip)
        self.targetsNote.setText(QCoreApplication.translate("SettingsPage", u"Each target is drawn as a line in the quarterly report, which says whether it was met. No target: no line.", None))
        self.followUpGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Following up", None))
        self.retryAfterLabel.setText(QCoreApplication.translate("SettingsPage", u"Next try after:", None))
        self.retryAfterSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" hours", None))
#if QT_CONFIG(accessibility)
        self.retryAfterSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Hours before another outreach try after an unanswered one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retryAfterSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"After an attempt with no answer, a voicemail or a message, the next try is due this many hours later, counted like the outreach target (clock or working hours). 1 to 168.", None))
#endif // QT_CONFIG(tooltip)
        self.maxAttemptsLabel.setText(QCoreApplication.translate("SettingsPage", u"Tries at most:", None))
        self.maxAttemptsSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" tries", None))
#if QT_CONFIG(accessibility)
        self.maxAttemptsSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Outreach tries before closing as unreachable is proposed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.maxAttemptsSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"How many outreach attempts before the case is proposed for closing as unreachable (you confirm the closing). 1 to 10.", None))
#endif // QT_CONFIG(tooltip)
        self.urgentTargetLabel.setText(QCoreApplication.translate("SettingsPage", u"Urgent outreach target:", None))
        self.urgentTargetSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes", None))
#if QT_CONFIG(accessibility)
        self.urgentTargetSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Outreach target for an urgent event's cases, in minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.urgentTargetSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"An urgent event's cases (a death on the unit, say) are due for outreach within this many minutes, counted on the clock at any hour, instead of the outreach target. 5 to 1,440.", None))
#endif // QT_CONFIG(tooltip)
        self.milestoneCheckInLabel.setText(QCoreApplication.translate("SettingsPage", u"Check in before a milestone:", None))
        self.milestoneCheckInSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.milestoneCheckInSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Days before a milestone to check in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.milestoneCheckInSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"A check-in is due this many days before a milestone of an investigation or legal process (a hearing, a deposition). 0: on the day. 0 to 90.", None))
#endif // QT_CONFIG(tooltip)
        self.referralStepLabel.setText(QCoreApplication.translate("SettingsPage", u"Referral step due after:", None))
        self.referralStepSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.referralStepSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Days a referral's open step is given", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.referralStepSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Each open step of a referral on to professional help (offered, accepted, appointment made) is due this many days on, then shown on Today. 1 to 90.", None))
#endif // QT_CONFIG(tooltip)
        self.supportersGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Supporters and feedback", None))
        self.defaultCapacityLabel.setText(QCoreApplication.translate("SettingsPage", u"Default capacity:", None))
        self.defaultCapacitySpin.setSuffix(QCoreApplication.translate("SettingsPage", u" open cases per supporter", None))
#if QT_CONFIG(accessibility)
        self.defaultCapacitySpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Open cases per supporter, unless their own cap says otherwise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.defaultCapacitySpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Open cases per supporter, unless their own cap says otherwise; matching never suggests a supporter at their cap. 1 to 50.", None))
#endif // QT_CONFIG(tooltip)
        self.debriefLabel.setText(QCoreApplication.translate("SettingsPage", u"Debriefs:", None))
        self.debriefCheck.setText(QCoreApplication.translate("SettingsPage", u"List supporters without a debrief or meeting for", None))
#if QT_CONFIG(tooltip)
        self.debriefCheck.setToolTip(QCoreApplication.translate("SettingsPage", u"Supporters who have had no debrief or meeting for this long are said so in the supporters' load.", None))
#endif // QT_CONFIG(tooltip)
        self.debriefSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.debriefSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Days without a debrief or meeting before a supporter is listed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.debriefSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"7 to 730 days.", None))
#endif // QT_CONFIG(tooltip)
        self.feedbackFormLabel.setText(QCoreApplication.translate("SettingsPage", u"Feedback form:", None))
        self.feedbackFormEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"https://\u2026 the survey tool's form (none: invitations say to ask you)", None))
#if QT_CONFIG(accessibility)
        self.feedbackFormEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Feedback form address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.feedbackFormEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"The survey tool's form address (https://\u2026) printed on feedback invitations. It is only kept and printed: this application never opens it.", None))
#endif // QT_CONFIG(tooltip)
        self.publishingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Reports and exports", None))
        self.publishingNote.setText(QCoreApplication.translate("SettingsPage", u"Which departments may be named, and the service lines small ones are grouped into.", None))
        self.departmentsButton.setText(QCoreApplication.translate("SettingsPage", u"&Departments\u2026", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Drop the changes made here since the last save.", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("SettingsPage", u"Undo chan&ges", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Keep these settings for the whole program.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
        pass
    # retranslateUi

